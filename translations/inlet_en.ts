<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Inlet::DataflowPage</name>
    <message numerus="yes">
        <source>Your choices for &quot;%1&quot; and the IDs of the %n object(s) created so far are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>
            <numerusform>Your choices for &quot;%1&quot; and the ID of the %n object created so far are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</numerusform>
            <numerusform>Your choices for &quot;%1&quot; and the IDs of the %n objects created so far are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowReviewPage</name>
    <message numerus="yes">
        <source>Copied all %n request(s), in the order they are sent.</source>
        <translation>
            <numerusform>Copied all %n request, in the order they are sent.</numerusform>
            <numerusform>Copied all %n requests, in the order they are sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
</context>
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
    <name>Inlet::MappingPage</name>
    <message numerus="yes">
        <source>%n column(s) matched to a field by name and type. Check each match and change what is wrong.</source>
        <translation>
            <numerusform>%n column matched to a field by name and type. Check each match and change what is wrong.</numerusform>
            <numerusform>%n columns matched to a field by name and type. Check each match and change what is wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The schema requires %n field(s) no column fills: %1. Choose a column for each.</source>
        <translation>
            <numerusform>The schema requires %n field no column fills: %1. Choose a column for each.</numerusform>
            <numerusform>The schema requires %n fields no column fills: %1. Choose a column for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) go to a field of a type they cannot be converted to (see the Check column). Choose another field, or (not mapped).</source>
        <translation>
            <numerusform>%n column go to a field of a type they cannot be converted to (see the Check column). Choose another field, or (not mapped).</numerusform>
            <numerusform>%n columns go to a field of a type they cannot be converted to (see the Check column). Choose another field, or (not mapped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not mapped, so not ingested: %1.</source>
        <translation>
            <numerusform>%n column not mapped, so not ingested: %1.</numerusform>
            <numerusform>%n columns not mapped, so not ingested: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Platform refuses %n rule(s) of this mapping. Choose another field for each marked row, then check again.</source>
        <translation>
            <numerusform>Platform refuses %n rule of this mapping. Choose another field for each marked row, then check again.</numerusform>
            <numerusform>Platform refuses %n rules of this mapping. Choose another field for each marked row, then check again.</numerusform>
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
    <name>Inlet::RunsPage</name>
    <message numerus="yes">
        <source>Inlet could not check the runs. %1 It tries again in %n second(s).</source>
        <translation>
            <numerusform>Inlet could not check the runs. %1 It tries again in %n second.</numerusform>
            <numerusform>Inlet could not check the runs. %1 It tries again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s).</source>
        <translation>
            <numerusform>Next check in %n second.</numerusform>
            <numerusform>Next check in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::SchedulePage</name>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::ScheduleRules</name>
    <message numerus="yes">
        <source>Platform runs a dataflow at most every %n minute(s); choose an interval of at least %n.</source>
        <translation>
            <numerusform>Platform runs a dataflow at most every %n minute; choose an interval of at least %n.</numerusform>
            <numerusform>Platform runs a dataflow at most every %n minutes; choose an interval of at least %n.</numerusform>
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
<context>
    <name>Inlet::TargetPage</name>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) in the sandbox %1.</source>
        <translation>
            <numerusform>%n schema in the sandbox %1.</numerusform>
            <numerusform>%n schemas in the sandbox %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The schema “%1” has %n field(s).</source>
        <translation>
            <numerusform>The schema “%1” has %n field.</numerusform>
            <numerusform>The schema “%1” has %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::WatchRuns</name>
    <message numerus="yes">
        <source>%n record(s) could not be ingested; the others were.</source>
        <translation>
            <numerusform>%n record could not be ingested; the others were.</numerusform>
            <numerusform>%n records could not be ingested; the others were.</numerusform>
        </translation>
    </message>
</context>
</TS>
