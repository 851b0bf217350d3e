<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Inlet::CommandLine</name>
    <message>
        <source>Connect data sources to Adobe Experience Platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the saved Platform profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselect the source with this connection spec id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the Platform API (default https://platform.adobe.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of Adobe IMS (default https://ims-na1.adobelogin.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de or ja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inlet::InletWizard</name>
    <message>
        <source>Inlet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inlet::SecretStore</name>
    <message>
        <source>No saved secret was found in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again; until then Inlet cannot remember secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it (for example by logging in again, or in your keyring manager) and allow Inlet to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This secret is too long to store in the system keychain (more than %n bytes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain reported an error. See the details, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect a data source to Experience Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inlet creates a base connection for your source in a few steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in to your Platform organization and sandbox.&lt;/li&gt;&lt;li&gt;Choose the source you want to connect.&lt;/li&gt;&lt;li&gt;Enter its credentials; secrets are kept in your system keychain.&lt;/li&gt;&lt;li&gt;Review the request and create the connection.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
