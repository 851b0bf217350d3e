<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Inlet::Error</name>
    <message numerus="yes">
        <source>The response is not JSON (%n bytes).</source>
        <translation>
            <numerusform>The response is not JSON (%n byte).</numerusform>
            <numerusform>The response is not JSON (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::ExistingConnectionsPage</name>
    <message numerus="yes">
        <source>%n connection(s) found.</source>
        <translation>
            <numerusform>%n connection found.</numerusform>
            <numerusform>%n connections found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::ExplorePage</name>
    <message numerus="yes">
        <source>%n item(s) at the top level.</source>
        <translation>
            <numerusform>%n item at the top level.</numerusform>
            <numerusform>%n items at the top level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s)</source>
        <translation>
            <numerusform>%1: %n column</numerusform>
            <numerusform>%1: %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) previewed.</source>
        <translation>
            <numerusform>%n row previewed.</numerusform>
            <numerusform>%n rows previewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZonePage</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n minute(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared again in %n minute.</numerusform>
            <numerusform>Copied. The clipboard is cleared again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s). Refresh it soon and update the cluster.</source>
        <translation>
            <numerusform>The token expires on %1, in %n day. Refresh it soon and update the cluster.</numerusform>
            <numerusform>The token expires on %1, in %n days. Refresh it soon and update the cluster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::ResultPage</name>
    <message numerus="yes">
        <source>The connection works: %n item(s) found; the first %1 are shown.</source>
        <translation>
            <numerusform>The connection works: %n item found; the first %1 are shown.</numerusform>
            <numerusform>The connection works: %n items found; the first %1 are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found.</source>
        <translation>
            <numerusform>The connection works: %n item found.</numerusform>
            <numerusform>The connection works: %n items found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::SecretStore</name>
    <message numerus="yes">
        <source>This secret is too long to store in the system keychain (more than %n bytes).</source>
        <translation>
            <numerusform>This secret is too long to store in the system keychain (more than %n byte).</numerusform>
            <numerusform>This secret is too long to store in the system keychain (more than %n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::SourcePage</name>
    <message numerus="yes">
        <source>Updated %n source(s) from Platform.</source>
        <translation>
            <numerusform>Updated %n source from Platform.</numerusform>
            <numerusform>Updated %n sources from Platform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n specification(s) could not be read and were skipped.</source>
        <translation>
            <numerusform>%n specification could not be read and was skipped.</numerusform>
            <numerusform>%n specifications could not be read and were skipped.</numerusform>
        </translation>
    </message>
</context>
</TS>
