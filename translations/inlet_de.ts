<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPage</name>
    <message>
        <source>Platform account</source>
        <translation>Platform-Konto</translation>
    </message>
    <message>
        <source>Sign in to the organization and sandbox where the connection will be created.</source>
        <translation>Melden Sie sich bei der Organisation und Sandbox an, in der die Verbindung erstellt wird.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Pick a saved profile, or type a new name to save these settings under it.</source>
        <translation>Wählen Sie ein gespeichertes Profil oder geben Sie einen neuen Namen ein, um diese Einstellungen darunter zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Organization ID (required):</source>
        <translation>&amp;Organisations-ID (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Sandbox (required):</source>
        <translation>&amp;Sandbox (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Client ID (required):</source>
        <translation>&amp;Client-ID (erforderlich):</translation>
    </message>
    <message>
        <source>The API key of your Adobe Developer Console project; sent as x-api-key.</source>
        <translation>Der API-Schlüssel Ihres Projekts in der Adobe Developer Console; wird als x-api-key gesendet.</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>C&amp;lient-Secret</translation>
    </message>
    <message>
        <source>Pasted &amp;access token</source>
        <translation>Ein&amp;gefügtes Zugriffstoken</translation>
    </message>
    <message>
        <source>Client secre&amp;t (required):</source>
        <translation>Client-Sec&amp;ret (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Secret im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>Platform-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation>&amp;IMS-URL:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>Leave empty to use the system&apos;s proxy settings, or enter http://host:port.</source>
        <translation>Leer lassen, um die Proxy-Einstellungen des Systems zu verwenden, oder http://host:port eingeben.</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Connection na&amp;me (required):</source>
        <translation>Verbindungs&amp;name (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Description (optional):</source>
        <translation>&amp;Beschreibung (optional):</translation>
    </message>
    <message>
        <source>&amp;Remember credentials in the system keychain</source>
        <translation>Zugangsdaten im Schlüsselbund des Systems &amp;merken</translation>
    </message>
</context>
<context>
    <name>DataflowPage</name>
    <message>
        <source>Create the dataflow</source>
        <translation>Datenfluss erstellen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>&amp;Delete what was created</source>
        <translation>Erstelltes &amp;löschen</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>&amp;Speichern und später abschließen</translation>
    </message>
</context>
<context>
    <name>DataflowReviewPage</name>
    <message>
        <source>Review the dataflow</source>
        <translation>Datenfluss überprüfen</translation>
    </message>
    <message>
        <source>Check the details. Nothing is sent to Platform until you choose Create.</source>
        <translation>Prüfen Sie die Angaben. An Platform wird erst etwas gesendet, wenn Sie „Erstellen“ wählen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The requests Create sends, in this order, as curl commands. Placeholders stand for your access token and for the IDs Platform answers with:</source>
        <translation>Die Anfragen, die „Erstellen“ in dieser Reihenfolge sendet, als curl-Befehle. Platzhalter stehen für Ihr Zugriffstoken und für die IDs, mit denen Platform antwortet:</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Alle kopieren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>ExistingConnectionsPage</name>
    <message>
        <source>Existing connections</source>
        <translation>Vorhandene Verbindungen</translation>
    </message>
    <message>
        <source>Reuse a connection this sandbox already has, or create a new one.</source>
        <translation>Verwenden Sie eine Verbindung, die diese Sandbox schon hat, oder erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>&amp;Create a new connection</source>
        <translation>Neue Verbindung &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Use the connection selected below</source>
        <translation>Die unten ausgewählte Verbindung &amp;verwenden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Select data</source>
        <translation>Daten auswählen</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Teil eines Namens eingeben</translation>
    </message>
    <message>
        <source>&amp;Tables and files:</source>
        <translation>&amp;Tabellen und Dateien:</translation>
    </message>
    <message>
        <source>File t&amp;ype:</source>
        <translation>Dateit&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Ko&amp;mprimierung:</translation>
    </message>
    <message>
        <source>Read fi&amp;le</source>
        <translation>Datei &amp;lesen</translation>
    </message>
    <message>
        <source>S&amp;chema</source>
        <translation>S&amp;chema</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Detail&amp;s</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>Inlet::AccountPage</name>
    <message>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet signs in to Adobe Experience Platform with the OAuth Server-to-Server credential of an Adobe Developer Console project that has the Experience Platform API added.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Organization ID&lt;/b&gt; ends in &lt;code&gt;@AdobeOrg&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sandbox&lt;/b&gt; is the lower-case sandbox name, &lt;code&gt;prod&lt;/code&gt; by default.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Client ID&lt;/b&gt; is the project&apos;s API key; &lt;b&gt;client secret&lt;/b&gt; is its secret. You may instead paste an access token you got elsewhere; it expires after 24 hours.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The secret is kept in your system keychain, never in a file. &lt;b&gt;Advanced&lt;/b&gt; changes the Platform and IMS addresses, the OAuth scopes and the proxy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet meldet sich bei Adobe Experience Platform mit den OAuth-Server-to-Server-Anmeldedaten eines Projekts in der Adobe Developer Console an, dem die Experience Platform API hinzugefügt wurde.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Die &lt;b&gt;Organisations-ID&lt;/b&gt; endet auf &lt;code&gt;@AdobeOrg&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sandbox&lt;/b&gt; ist der Name der Sandbox in Kleinbuchstaben, standardmäßig &lt;code&gt;prod&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Die &lt;b&gt;Client-ID&lt;/b&gt; ist der API-Schlüssel des Projekts, das &lt;b&gt;Client-Secret&lt;/b&gt; sein geheimer Schlüssel. Sie können stattdessen ein anderweitig erhaltenes Zugriffstoken einfügen; es läuft nach 24 Stunden ab.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Das Secret wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei. Unter &lt;b&gt;Erweitert&lt;/b&gt; lassen sich die Adressen von Platform und IMS, die OAuth-Scopes und der Proxy ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Access &amp;token (required):</source>
        <translation>Zugriffs&amp;token (erforderlich):</translation>
    </message>
    <message>
        <source>Client secre&amp;t (required):</source>
        <translation>Client-Sec&amp;ret (erforderlich):</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>Client-Secret anzeigen</translation>
    </message>
    <message>
        <source>Enter the organization ID.</source>
        <translation>Geben Sie die Organisations-ID ein.</translation>
    </message>
    <message>
        <source>The organization ID must look like 0123456789ABCDEF01234567@AdobeOrg.</source>
        <translation>Die Organisations-ID muss die Form 0123456789ABCDEF01234567@AdobeOrg haben.</translation>
    </message>
    <message>
        <source>The sandbox name uses lower-case letters, digits and hyphens, for example prod.</source>
        <translation>Der Sandbox-Name besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, zum Beispiel prod.</translation>
    </message>
    <message>
        <source>Enter the client ID (API key) of your Developer Console project.</source>
        <translation>Geben Sie die Client-ID (den API-Schlüssel) Ihres Developer-Console-Projekts ein.</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Fügen Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>%1 must be a web address such as https://platform.adobe.io.</source>
        <translation>%1 muss eine Webadresse wie https://platform.adobe.io sein.</translation>
    </message>
    <message>
        <source>The proxy must be a web address such as http://proxy.example.com:3128, or empty.</source>
        <translation>Der Proxy muss eine Webadresse wie http://proxy.example.com:3128 sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in to %1, sandbox %2.</source>
        <translation>Angemeldet bei %1, Sandbox %2.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the proxy address: Inlet does not store proxy credentials. Leave the field empty to use the system proxy, which may carry them.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Proxy-Adresse: Inlet speichert keine Proxy-Zugangsdaten. Lassen Sie das Feld leer, um den Proxy des Systems zu verwenden, der sie enthalten kann.</translation>
    </message>
    <message>
        <source>Send the Saved Secret to a New Address?</source>
        <translation>Gespeichertes Secret an eine neue Adresse senden?</translation>
    </message>
    <message>
        <source>The profile “%1” and its secret were saved for:
IMS: %2
Platform: %3

This sign-in would send the secret to:
IMS: %4
Platform: %5

Continue only if you trust the new address. If signing in works, the profile keeps it.</source>
        <translation>Das Profil „%1“ und sein Secret wurden gespeichert für:
IMS: %2
Platform: %3

Diese Anmeldung würde das Secret senden an:
IMS: %4
Platform: %5

Fahren Sie nur fort, wenn Sie der neuen Adresse vertrauen. Gelingt die Anmeldung, behält das Profil sie.</translation>
    </message>
    <message>
        <source>Use the New Address</source>
        <translation>Neue Adresse verwenden</translation>
    </message>
    <message>
        <source>Sign In at a Non-Adobe Address?</source>
        <translation>Bei einer Adresse außerhalb von Adobe anmelden?</translation>
    </message>
    <message>
        <source>Signing in sends your secret to addresses that are not Adobe&apos;s:
IMS: %1
Platform: %2

Continue only if you trust this server. You will not be asked again for this profile.</source>
        <translation>Die Anmeldung sendet Ihr Secret an Adressen, die nicht zu Adobe gehören:
IMS: %1
Platform: %2

Fahren Sie nur fort, wenn Sie diesem Server vertrauen. Für dieses Profil werden Sie nicht erneut gefragt.</translation>
    </message>
    <message>
        <source>Sign In There</source>
        <translation>Dort anmelden</translation>
    </message>
    <message>
        <source>Confirm the address before the secret is sent.</source>
        <translation>Bestätigen Sie die Adresse, bevor das Secret gesendet wird.</translation>
    </message>
    <message>
        <source>Signed in, but the profile could not be saved: %1 Click Next to go on without saving it.</source>
        <translation>Angemeldet, aber das Profil konnte nicht gespeichert werden: %1 Klicken Sie auf „Weiter“, um ohne Speichern fortzufahren.</translation>
    </message>
    <message>
        <source>Signed in, but the secret could not be saved: %1 You will need to enter it again next time. Click Next to go on.</source>
        <translation>Angemeldet, aber das Secret konnte nicht gespeichert werden: %1 Sie müssen es beim nächsten Mal erneut eingeben. Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Inlet::AutoMapping</name>
    <message>
        <source>The dataset has no XDM schema, so mapped data cannot be written to it.</source>
        <translation>Der Datensatz hat kein XDM-Schema, daher können keine zugeordneten Daten in ihn geschrieben werden.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; requires the field &quot;%2&quot; (%3), and no column of the source can fill it.</source>
        <translation>Das Schema „%1“ erfordert das Feld „%2“ (%3), und keine Spalte der Quelle kann es füllen.</translation>
    </message>
    <message>
        <source>No column of the source matches a field of &quot;%1&quot; by name; every column would be mapped by hand.</source>
        <translation>Keine Spalte der Quelle passt dem Namen nach zu einem Feld von „%1“; jede Spalte müsste von Hand zugeordnet werden.</translation>
    </message>
</context>
<context>
    <name>Inlet::CatalogParser</name>
    <message>
        <source>Catalog entry %1 is not a JSON object; it was skipped.</source>
        <translation>Katalogeintrag %1 ist kein JSON-Objekt; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Connection spec %1 has no “id”; it was skipped.</source>
        <translation>Connection Spec %1 hat kein „id“; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Connection spec %1 (%2)</source>
        <translation>Connection Spec %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the id may only contain letters, digits, “.”, “_” and “-”; the spec was skipped.</source>
        <translation>%1: Die ID darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten; die Spec wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: “authSpec” is not a list; the spec was skipped.</source>
        <translation>%1: „authSpec“ ist keine Liste; die Spec wurde übersprungen.</translation>
    </message>
    <message>
        <source>the auth spec name %1 appears twice</source>
        <translation>der Auth-Spec-Name %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>auth spec %1</source>
        <translation>Auth Spec %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; it was skipped.</source>
        <translation>%1, %2: %3; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 has no usable authentication spec; it was skipped.</source>
        <translation>%1 hat keine verwendbare Authentifizierungs-Spec; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no “name”</source>
        <translation>es hat kein „name“</translation>
    </message>
    <message>
        <source>“type” must be text</source>
        <translation>„type“ muss Text sein</translation>
    </message>
    <message>
        <source>it has no “spec” schema object</source>
        <translation>es hat kein Schema-Objekt „spec“</translation>
    </message>
    <message>
        <source>the schema’s “type” must be “object”</source>
        <translation>„type“ des Schemas muss „object“ sein</translation>
    </message>
    <message>
        <source>“properties” must be an object</source>
        <translation>„properties“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>“required” must be a list of property names</source>
        <translation>„required“ muss eine Liste von Eigenschaftsnamen sein</translation>
    </message>
    <message>
        <source>“required” names %1, which is not a property</source>
        <translation>„required“ nennt %1, das keine Eigenschaft ist</translation>
    </message>
    <message>
        <source>property %1: %2</source>
        <translation>Eigenschaft %1: %2</translation>
    </message>
    <message>
        <source>the property name is empty</source>
        <translation>der Eigenschaftsname ist leer</translation>
    </message>
    <message>
        <source>a list of several types is not supported</source>
        <translation>eine Liste mehrerer Typen wird nicht unterstützt</translation>
    </message>
    <message>
        <source>type %1 is not supported (string, integer, number or boolean)</source>
        <translation>Typ %1 wird nicht unterstützt (string, integer, number oder boolean)</translation>
    </message>
    <message>
        <source>“format”: “password” needs “type”: “string”</source>
        <translation>„format“: „password“ erfordert „type“: „string“</translation>
    </message>
    <message>
        <source>“examples” must be a list</source>
        <translation>„examples“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>“enum” must be a non-empty list</source>
        <translation>„enum“ muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>an “enum” value is not of type %1</source>
        <translation>ein „enum“-Wert ist nicht vom Typ %1</translation>
    </message>
    <message>
        <source>the pattern does not compile (%1 at position %2)</source>
        <translation>das Muster lässt sich nicht kompilieren (%1 an Position %2)</translation>
    </message>
    <message>
        <source>“minLength” is greater than “maxLength”</source>
        <translation>„minLength“ ist größer als „maxLength“</translation>
    </message>
    <message>
        <source>“minimum” is greater than “maximum”</source>
        <translation>„minimum“ ist größer als „maximum“</translation>
    </message>
    <message>
        <source>the default value is not of type %1</source>
        <translation>der Standardwert ist nicht vom Typ %1</translation>
    </message>
    <message>
        <source>the default value is not one of the “enum” values</source>
        <translation>der Standardwert ist keiner der „enum“-Werte</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more</source>
        <translation>%1 muss eine ganze Zahl größer oder gleich 0 sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>The connection-spec list is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Liste der Connection Specs ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The connection-spec list must be a JSON object with an “items” list.</source>
        <translation>Die Liste der Connection Specs muss ein JSON-Objekt mit einer Liste „items“ sein.</translation>
    </message>
    <message>
        <source>The connection-spec list’s “items” is not a list.</source>
        <translation>„items“ in der Liste der Connection Specs ist keine Liste.</translation>
    </message>
    <message>
        <source>The connection-spec list has no “items”.</source>
        <translation>Die Liste der Connection Specs hat kein „items“.</translation>
    </message>
    <message>
        <source>The connection-spec list is not valid JSON: %1.</source>
        <translation>Die Liste der Connection Specs ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>“format”: “uri” needs “type”: “string”</source>
        <translation>„format“: „uri“ erfordert „type“: „string“</translation>
    </message>
    <message>
        <source>“contentEncoding” %1 is not supported (base64)</source>
        <translation>„contentEncoding“ %1 wird nicht unterstützt (base64)</translation>
    </message>
    <message>
        <source>a file’s content needs “type”: “string”</source>
        <translation>der Inhalt einer Datei erfordert „type“: „string“</translation>
    </message>
</context>
<context>
    <name>Inlet::Categories</name>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Cloud-Speicher</translation>
    </message>
    <message>
        <source>Consent and preferences</source>
        <translation>Einwilligungen und Präferenzen</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation>E-Commerce</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation>Marketing-Automatisierung</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
</context>
<context>
    <name>Inlet::ChoiceEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>Inlet::CommandLine</name>
    <message>
        <source>Connect data sources to Adobe Experience Platform.</source>
        <translation>Datenquellen mit Adobe Experience Platform verbinden.</translation>
    </message>
    <message>
        <source>Start with the saved Platform profile &lt;name&gt;.</source>
        <translation>Mit dem gespeicherten Platform-Profil &lt;Name&gt; starten.</translation>
    </message>
    <message>
        <source>Preselect the source with this connection spec id or name.</source>
        <translation>Die Quelle mit dieser Connection-Spec-ID oder diesem Namen vorauswählen.</translation>
    </message>
    <message>
        <source>Base URL of the Platform API (default https://platform.adobe.io).</source>
        <translation>Basis-URL der Platform API (Standard: https://platform.adobe.io).</translation>
    </message>
    <message>
        <source>Base URL of Adobe IMS (default https://ims-na1.adobelogin.com).</source>
        <translation>Basis-URL von Adobe IMS (Standard: https://ims-na1.adobelogin.com).</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de or ja.</source>
        <translation>Diese Sprache statt der des Systems verwenden, z. B. de oder ja.</translation>
    </message>
    <message>
        <source>name</source>
        <comment>value of --profile in --help</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>spec</source>
        <comment>value of --source in --help</comment>
        <translation>Spec</translation>
    </message>
    <message>
        <source>url</source>
        <comment>value of --platform-url and --ims-url in --help</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>code</source>
        <comment>value of --language in --help</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>After signing in, watch the runs of the dataflow with this id.</source>
        <translation>Nach der Anmeldung die Ausführungen des Datenflusses mit dieser ID verfolgen.</translation>
    </message>
    <message>
        <source>id</source>
        <comment>value of --flow in --help</comment>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Inlet::CreateConnection</name>
    <message>
        <source>Inlet could not check whether &quot;%1&quot; was created: %2 Try again looks before it sends anything.</source>
        <translation>Inlet konnte nicht prüfen, ob „%1“ angelegt wurde: %2 „Erneut versuchen“ sieht zuerst nach, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Platform created &quot;%1&quot; before the cancel took effect (ID %2). Try again uses it; nothing is sent a second time.</source>
        <translation>Platform hat „%1“ angelegt, bevor der Abbruch wirkte (ID %2). „Erneut versuchen“ verwendet sie; nichts wird ein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>Inlet checked after the cancel: no connection &quot;%1&quot; exists so far. Try again looks once more before it sends anything.</source>
        <translation>Inlet hat nach dem Abbruch nachgesehen: Eine Verbindung „%1“ gibt es bisher nicht. „Erneut versuchen“ sieht noch einmal nach, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the connection was created meanwhile: ID %1. Inlet did not create it a second time.</source>
        <translation>Die Antwort auf die Anfrage ging verloren, aber die Verbindung wurde inzwischen erstellt: ID %1. Inlet hat sie kein zweites Mal erstellt.</translation>
    </message>
    <message>
        <source>The connection was not created. It is safe to try again.</source>
        <translation>Die Verbindung wurde nicht erstellt. Sie können es gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>Inlet could not find out whether the connection was created. Try again looks for it before it sends anything.</source>
        <translation>Inlet konnte nicht feststellen, ob die Verbindung erstellt wurde. „Erneut versuchen“ sucht zuerst nach ihr, bevor etwas gesendet wird.</translation>
    </message>
</context>
<context>
    <name>Inlet::CreateDataflow</name>
    <message>
        <source>the flow spec</source>
        <translation>die Flow Spec</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>der Datensatz</translation>
    </message>
    <message>
        <source>the source connection</source>
        <translation>die Quellverbindung</translation>
    </message>
    <message>
        <source>the target connection</source>
        <translation>die Zielverbindung</translation>
    </message>
    <message>
        <source>the mapping set</source>
        <translation>das Mapping-Set</translation>
    </message>
    <message>
        <source>the dataflow</source>
        <translation>der Datenfluss</translation>
    </message>
    <message>
        <source>Platform has no flow spec &quot;%1&quot;, so it cannot create a dataflow for this source.</source>
        <translation>Platform hat keine Flow Spec „%1“ und kann daher keinen Datenfluss für diese Quelle erstellen.</translation>
    </message>
    <message>
        <source>The flow spec &quot;%1&quot; does not accept this source&apos;s connection spec (%2), so Platform cannot create a dataflow for it. Nothing was created.</source>
        <translation>Die Flow Spec „%1“ akzeptiert die Connection Spec dieser Quelle (%2) nicht, daher kann Platform keinen Datenfluss für sie erstellen. Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>%1 was not created.</source>
        <translation>%1 wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created; Continue looks for it before it sends anything.</source>
        <translation>Es ist nicht bekannt, ob %1 erstellt wurde; „Fortsetzen“ sucht zuerst danach, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>%1 was not created; Continue sends it again.</source>
        <translation>%1 wurde nicht erstellt; „Fortsetzen“ sendet die Anfrage erneut.</translation>
    </message>
    <message>
        <source>Mapping set %1 (%2): Platform offers no way to delete mapping sets; one that no dataflow uses does nothing.</source>
        <translation>Mapping-Set %1 (%2): Platform bietet keine Möglichkeit, Mapping-Sets zu löschen; ein Mapping-Set, das kein Datenfluss verwendet, bewirkt nichts.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1 „%2“ (%3)</translation>
    </message>
</context>
<context>
    <name>Inlet::CredentialForm</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>JSON-Schlüsseldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Key files (*.p8 *.pem *.key *.ppk);;All files (*)</source>
        <translation>Schlüsseldateien (*.p8 *.pem *.key *.ppk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
</context>
<context>
    <name>Inlet::CredentialsPage</name>
    <message>
        <source>&lt;p&gt;These are the credentials Platform uses to reach %1. The fields come from the source&apos;s credential table; hover over a field for its description.&lt;/p&gt;&lt;p&gt;Secret fields are hidden while you type; the eye button shows them. With &lt;b&gt;Remember credentials in the system keychain&lt;/b&gt;, Inlet keeps the secrets in your keychain (never in a file) under the new connection&apos;s ID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit diesen Zugangsdaten greift Platform auf %1 zu. Die Felder stammen aus der Tabelle der Zugangsdaten der Quelle; zeigen Sie mit der Maus auf ein Feld, um seine Beschreibung zu sehen.&lt;/p&gt;&lt;p&gt;Geheime Felder bleiben bei der Eingabe verborgen; die Schaltfläche mit dem Auge zeigt sie an. Mit &lt;b&gt;Zugangsdaten im Schlüsselbund des Systems merken&lt;/b&gt; bewahrt Inlet die Secrets unter der ID der neuen Verbindung in Ihrem Schlüsselbund auf (nie in einer Datei).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>Zugangsdaten für %1</translation>
    </message>
    <message>
        <source>Platform uses these to reach %1. Secrets stay masked and go only to Platform and your keychain.</source>
        <translation>Damit greift Platform auf %1 zu. Secrets bleiben maskiert und gehen nur an Platform und Ihren Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>You can still create the connection; the credentials just will not be remembered.</source>
        <translation>Sie können die Verbindung trotzdem erstellen; die Zugangsdaten werden nur nicht gespeichert.</translation>
    </message>
    <message>
        <source>Source credentials</source>
        <translation>Zugangsdaten der Quelle</translation>
    </message>
    <message>
        <source>Base connection to %1, created with Inlet</source>
        <translation>Basisverbindung zu %1, erstellt mit Inlet</translation>
    </message>
    <message>
        <source>What you typed could not be kept in case Inlet closes unexpectedly: %1</source>
        <translation>Ihre Eingaben konnten nicht für den Fall gesichert werden, dass Inlet unerwartet beendet wird: %1</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowJson</name>
    <message>
        <source>The response is not a JSON array.</source>
        <translation>Die Antwort ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The response does not name the new dataset.</source>
        <translation>Die Antwort nennt den neuen Datensatz nicht.</translation>
    </message>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>Die Antwort enthält kein Array „results“.</translation>
    </message>
    <message>
        <source>The schema has no $id or no resolved properties.</source>
        <translation>Das Schema hat keine $id oder keine aufgelösten Eigenschaften.</translation>
    </message>
    <message>
        <source>The response has no &quot;validationResponse&quot; array.</source>
        <translation>Die Antwort enthält kein Array „validationResponse“.</translation>
    </message>
    <message>
        <source>The response has no mapping set id.</source>
        <translation>Die Antwort enthält keine Mapping-Set-ID.</translation>
    </message>
    <message>
        <source>The response has no &quot;items&quot; array.</source>
        <translation>Die Antwort enthält kein Array „items“.</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowPage</name>
    <message>
        <source>Flow spec</source>
        <translation>Flow Spec</translation>
    </message>
    <message>
        <source>Flow spec ID</source>
        <translation>Flow-Spec-ID</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Quellverbindung</translation>
    </message>
    <message>
        <source>Source connection ID</source>
        <translation>Quellverbindungs-ID</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>Zielverbindung</translation>
    </message>
    <message>
        <source>Target connection ID</source>
        <translation>Zielverbindungs-ID</translation>
    </message>
    <message>
        <source>Mapping set</source>
        <translation>Mapping-Set</translation>
    </message>
    <message>
        <source>Mapping set ID</source>
        <translation>Mapping-Set-ID</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Dataflow ID</source>
        <translation>Datenfluss-ID</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet creates the dataflow on Platform, each object once: it checks that the flow spec accepts the source, then creates the dataset (when you chose a new one), the source connection, the target connection, the mapping set and the dataflow itself. Each step shows its state and, once done, the new object&apos;s ID.&lt;/p&gt;&lt;p&gt;If a step fails, the page names it and keeps everything you chose. &lt;b&gt;Continue&lt;/b&gt; goes on from that step; when Platform&apos;s answer was lost, it first looks whether the object was created, so nothing is created twice. &lt;b&gt;Delete what was created&lt;/b&gt; lists the objects made so far and removes them once you confirm; mapping sets stay, as Platform cannot delete them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; interrupts the work; Continue picks it up again. &lt;b&gt;Next&lt;/b&gt; shows the dataflow&apos;s runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet erstellt den Datenfluss in Platform, jedes Objekt genau einmal: Es prüft, ob die Flow Spec die Quelle akzeptiert, und erstellt dann den Datensatz (wenn Sie einen neuen gewählt haben), die Quellverbindung, die Zielverbindung, das Mapping-Set und den Datenfluss selbst. Jeder Schritt zeigt seinen Status und, sobald er erledigt ist, die ID des neuen Objekts.&lt;/p&gt;&lt;p&gt;Schlägt ein Schritt fehl, nennt die Seite ihn und behält alles, was Sie gewählt haben. &lt;b&gt;Fortsetzen&lt;/b&gt; macht bei diesem Schritt weiter; ging die Antwort von Platform verloren, sieht es zuerst nach, ob das Objekt erstellt wurde, sodass nichts doppelt erstellt wird. &lt;b&gt;Erstelltes löschen&lt;/b&gt; listet die bisher erstellten Objekte auf und entfernt sie nach Ihrer Bestätigung; Mapping-Sets bleiben bestehen, da Platform sie nicht löschen kann.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anhalten&lt;/b&gt; unterbricht die Arbeit; „Fortsetzen“ nimmt sie wieder auf. &lt;b&gt;Weiter&lt;/b&gt; zeigt die Ausführungen des Datenflusses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inlet creates the dataflow &quot;%1&quot; on Platform, each object once.</source>
        <translation>Inlet erstellt den Datenfluss „%1“ in Platform, jedes Objekt genau einmal.</translation>
    </message>
    <message>
        <source>Checking whether %1 was created meanwhile…</source>
        <translation>Es wird geprüft, ob %1 inzwischen erstellt wurde…</translation>
    </message>
    <message>
        <source>Creating the dataflow &quot;%1&quot;…</source>
        <translation>Der Datenfluss „%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>Checking the flow spec failed.</source>
        <translation>Die Prüfung der Flow Spec ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Creating %1 failed.</source>
        <translation>Das Erstellen ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The dataflow &quot;%1&quot; was created. Next shows its runs.</source>
        <translation>Der Datenfluss „%1“ wurde erstellt. „Weiter“ zeigt seine Ausführungen.</translation>
    </message>
    <message>
        <source>Delete these objects from Platform? What you chose in Inlet stays, so Continue can create them again.</source>
        <translation>Diese Objekte aus Platform löschen? Ihre Auswahl in Inlet bleibt erhalten, sodass „Fortsetzen“ sie erneut erstellen kann.</translation>
    </message>
    <message>
        <source>The mapping set &quot;%1&quot; (%2) stays: Platform cannot delete mapping sets, and one that no dataflow uses does nothing.</source>
        <translation>Das Mapping-Set „%1“ (%2) bleibt bestehen: Platform kann Mapping-Sets nicht löschen, und eines, das kein Datenfluss verwendet, bewirkt nichts.</translation>
    </message>
    <message>
        <source>Delete What Was Created?</source>
        <translation>Erstelltes löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting what was created…</source>
        <translation>Erstelltes wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleting failed. %1 The objects still listed above remain; Delete what was created tries again.</source>
        <translation>Das Löschen ist fehlgeschlagen. %1 Die oben noch aufgeführten Objekte bleiben bestehen; „Erstelltes löschen“ versucht es erneut.</translation>
    </message>
    <message>
        <source>What was created is deleted. Continue creates the dataflow again from what you chose.</source>
        <translation>Das Erstellte ist gelöscht. „Fortsetzen“ erstellt den Datenfluss erneut aus Ihrer Auswahl.</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Gelöscht:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Beibehalten:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not known whether created</source>
        <translation>Unklar, ob erstellt</translation>
    </message>
    <message>
        <source>Dataflow &quot;%1&quot; (%2)</source>
        <translation>Datenfluss „%1“ (%2)</translation>
    </message>
    <message>
        <source>Target connection &quot;%1&quot; (%2)</source>
        <translation>Zielverbindung „%1“ (%2)</translation>
    </message>
    <message>
        <source>Source connection &quot;%1&quot; (%2)</source>
        <translation>Quellverbindung „%1“ (%2)</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; (%2)</source>
        <translation>Datensatz „%1“ (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save and finish later&lt;/b&gt; keeps your choices and the IDs of what exists on this computer, without any secret, so that you can close Inlet. When you sign in again with the same profile, Inlet offers to resume the dataflow where it stopped. Closing Inlet before the dataflow is finished asks whether to keep what was created that way, to delete it, or to go back.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Back&lt;/b&gt; returns to the review, to change your choices, only while nothing exists on Platform: otherwise what was made for the earlier choices would be left behind. Delete what was created first, or Continue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Speichern und später abschließen&lt;/b&gt; speichert Ihre Auswahl und die IDs dessen, was bereits existiert, auf diesem Computer, ohne jedes Secret, sodass Sie Inlet schließen können. Wenn Sie sich wieder mit demselben Profil anmelden, bietet Inlet an, den Datenfluss dort fortzusetzen, wo er angehalten hat. Wenn Sie Inlet schließen, bevor der Datenfluss fertig ist, fragt Inlet, ob das Erstellte auf diese Weise behalten, gelöscht oder ob zurückgegangen werden soll.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zurück&lt;/b&gt; führt nur zur Überprüfung, um Ihre Auswahl zu ändern, solange auf Platform nichts existiert: Sonst bliebe zurück, was für die frühere Auswahl erstellt wurde. Löschen Sie zuerst das Erstellte oder wählen Sie „Fortsetzen“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picked up where it stopped on %1: the steps above show what exists on Platform. Continue creates the rest.</source>
        <translation>Dort fortgesetzt, wo es am %1 angehalten hat: Die Schritte oben zeigen, was auf Platform existiert. „Fortsetzen“ erstellt den Rest.</translation>
    </message>
    <message>
        <source>The saved setup could not be discarded: %1</source>
        <translation>Die gespeicherte Einrichtung konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Back to the review is not possible while objects made for this dataflow exist on Platform: they would be left behind. To change your choices, delete what was created first; or Continue.</source>
        <translation>Zurück zur Überprüfung ist nicht möglich, solange auf Platform Objekte für diesen Datenfluss existieren: Sie blieben zurück. Um Ihre Auswahl zu ändern, löschen Sie zuerst das Erstellte; oder wählen Sie „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Back to the review is not possible: what may exist of this dataflow on Platform would be left behind. Continue finishes the dataflow with your choices as they are.</source>
        <translation>Zurück zur Überprüfung ist nicht möglich: Was von diesem Datenfluss auf Platform existieren kann, bliebe zurück. „Fortsetzen“ stellt den Datenfluss mit Ihrer jetzigen Auswahl fertig.</translation>
    </message>
    <message>
        <source>Inlet keeps one unfinished dataflow, and &quot;%1&quot; (profile &quot;%2&quot;, saved %3) is kept now. Saving this one forgets it: Inlet will no longer offer to finish or delete it.</source>
        <translation>Inlet bewahrt einen unfertigen Datenfluss auf, und zurzeit ist es „%1“ (Profil „%2“, gespeichert am %3). Wenn Sie diesen speichern, wird jener vergessen: Inlet bietet dann nicht mehr an, ihn fertigzustellen oder zu löschen.</translation>
    </message>
    <message>
        <source>What it created stays on Platform:</source>
        <translation>Was dafür erstellt wurde, bleibt auf Platform:</translation>
    </message>
    <message>
        <source>Replace the Saved Dataflow?</source>
        <translation>Gespeicherten Datenfluss ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>The setup could not be saved: %1</source>
        <translation>Die Einrichtung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The saved setup could not be updated: %1</source>
        <translation>Die gespeicherte Einrichtung konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Your choices for &quot;%1&quot; are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>Ihre Auswahl für „%1“ ist auf diesem Computer gespeichert, ohne Secrets: Schließen Sie Inlet, wann Sie möchten, und melden Sie sich dann mit dem Profil „%2“ an, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>Your choices for &quot;%1&quot; and the IDs of the %n object(s) created so far are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>
            <numerusform>Ihre Auswahl für „%1“ und die ID von %n bisher erstellten Objekt sind auf diesem Computer gespeichert, ohne Secrets: Schließen Sie Inlet, wann Sie möchten, und melden Sie sich dann mit dem Profil „%2“ an, um fortzufahren.</numerusform>
            <numerusform>Ihre Auswahl für „%1“ und die IDs von %n bisher erstellten Objekten sind auf diesem Computer gespeichert, ohne Secrets: Schließen Sie Inlet, wann Sie möchten, und melden Sie sich dann mit dem Profil „%2“ an, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inlet did not close: it is not known whether %1 was created, so it cannot be deleted yet. Continue finds out (and creates the rest); Delete what was created then removes it all.</source>
        <translation>Inlet wurde nicht geschlossen: Es ist nicht bekannt, ob %1 erstellt wurde, daher kann es noch nicht gelöscht werden. „Fortsetzen“ findet es heraus (und erstellt den Rest); „Erstelltes löschen“ entfernt danach alles.</translation>
    </message>
    <message>
        <source>Mapping set &quot;%1&quot; (%2)</source>
        <translation>Mapping-Set „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowReviewPage</name>
    <message>
        <source>%1 your time (%2 UTC)</source>
        <translation>%1 Ortszeit (%2 UTC)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Copied all %n request(s), in the order they are sent.</source>
        <translation>
            <numerusform>%n Anfrage kopiert, in der Reihenfolge, in der sie gesendet wird.</numerusform>
            <numerusform>Alle %n Anfragen kopiert, in der Reihenfolge, in der sie gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Name des Datenflusses</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Liest</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation>Zieldatensatz</translation>
    </message>
    <message>
        <source>New dataset “%1”</source>
        <translation>Neuer Datensatz „%1“</translation>
    </message>
    <message>
        <source>Existing dataset %1</source>
        <translation>Vorhandener Datensatz %1</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Erste Ausführung</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>Yes: the first run also reads older data</source>
        <translation>Ja: Die erste Ausführung liest auch ältere Daten</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Delta column</source>
        <translation>Delta-Spalte</translation>
    </message>
    <message>
        <source>Error diagnostics</source>
        <translation>Fehlerdiagnose</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Partial ingestion</source>
        <translation>Teilweise Aufnahme</translation>
    </message>
    <message>
        <source>On: a run fails only above %1 % failed records</source>
        <translation>Ein: Eine Ausführung schlägt erst bei mehr als %1 % fehlerhaften Datensätzen fehl</translation>
    </message>
    <message>
        <source>Off: one failed record fails the run</source>
        <translation>Aus: Ein einziger fehlerhafter Datensatz lässt die Ausführung fehlschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Woche</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Create the dataset “%1”</source>
        <translation>Datensatz „%1“ erstellen</translation>
    </message>
    <message>
        <source>Create the source connection</source>
        <translation>Quellverbindung erstellen</translation>
    </message>
    <message>
        <source>Create the target connection</source>
        <translation>Zielverbindung erstellen</translation>
    </message>
    <message>
        <source>Create the mapping set</source>
        <translation>Mapping-Set erstellen</translation>
    </message>
    <message>
        <source>Create the dataflow</source>
        <translation>Datenfluss erstellen</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy request %1: %2</source>
        <translation>Anfrage %1 kopieren: %2</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Kopiert: %1.</translation>
    </message>
    <message>
        <source>Existing dataset “%1” (%2)</source>
        <translation>Vorhandener Datensatz „%1“ (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the dataflow before it is created: where it reads, where the data goes, how many mapping rules it applies and when it runs (in your time and in UTC, as Platform receives it).&lt;/p&gt;&lt;p&gt;Below are the requests &lt;b&gt;Create&lt;/b&gt; sends, in order, as curl commands. Your access token is replaced by &lt;code&gt;{ACCESS_TOKEN}&lt;/code&gt;, and the IDs Platform answers with by placeholders such as &lt;code&gt;{SOURCE_CONNECTION_ID}&lt;/code&gt;; no secret is shown. Copy one, or all of them, to document the dataflow or to create it yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create&lt;/b&gt; sends each request once. Afterwards you can come back to this page only while nothing exists on Platform, so a second click cannot create a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prüfen Sie den Datenfluss, bevor er erstellt wird: woraus er liest, wohin die Daten gehen, wie viele Zuordnungsregeln er anwendet und wann er läuft (in Ihrer Ortszeit und in UTC, wie Platform sie erhält).&lt;/p&gt;&lt;p&gt;Darunter stehen die Anfragen, die &lt;b&gt;Erstellen&lt;/b&gt; der Reihe nach sendet, als curl-Befehle. Ihr Zugriffstoken ist durch &lt;code&gt;{ACCESS_TOKEN}&lt;/code&gt; ersetzt, die IDs, mit denen Platform antwortet, durch Platzhalter wie &lt;code&gt;{SOURCE_CONNECTION_ID}&lt;/code&gt;; kein Secret wird angezeigt. Kopieren Sie eine oder alle, um den Datenfluss zu dokumentieren oder ihn selbst zu erstellen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erstellen&lt;/b&gt; sendet jede Anfrage einmal. Danach können Sie nur zu dieser Seite zurückkehren, solange auf Platform nichts existiert, sodass ein zweiter Klick kein Duplikat erzeugen kann.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inlet::Error</name>
    <message>
        <source>The response had no body.</source>
        <translation>Die Antwort hatte keinen Inhalt.</translation>
    </message>
    <message>
        <source>The response is an HTML page, not JSON.</source>
        <translation>Die Antwort ist eine HTML-Seite, kein JSON.</translation>
    </message>
    <message>
        <source>The response is an HTML page (“%1”), not JSON.</source>
        <translation>Die Antwort ist eine HTML-Seite („%1“), kein JSON.</translation>
    </message>
    <message numerus="yes">
        <source>The response is not JSON (%n bytes).</source>
        <translation>
            <numerusform>Die Antwort ist kein JSON (%n Byte).</numerusform>
            <numerusform>Die Antwort ist kein JSON (%n Byte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in failed: Adobe IMS did not accept the client ID or client secret. Check both against the OAuth Server-to-Server credential in the Developer Console.</source>
        <translation>Anmeldung fehlgeschlagen: Adobe IMS hat die Client-ID oder das Client-Secret nicht akzeptiert. Vergleichen Sie beide mit den OAuth-Server-to-Server-Anmeldedaten in der Developer Console.</translation>
    </message>
    <message>
        <source>Sign-in failed: the requested scopes are not allowed for this credential. Check the scopes in the profile against the Developer Console project.</source>
        <translation>Anmeldung fehlgeschlagen: Die angeforderten Scopes sind für diese Anmeldedaten nicht erlaubt. Vergleichen Sie die Scopes im Profil mit dem Projekt in der Developer Console.</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired. Sign in again, or paste a new access token.</source>
        <translation>Das Zugriffstoken ist ungültig oder abgelaufen. Melden Sie sich erneut an oder fügen Sie ein neues Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The API key (the client ID) is missing or not valid. Check the client ID in the profile.</source>
        <translation>Der API-Schlüssel (die Client-ID) fehlt oder ist ungültig. Prüfen Sie die Client-ID im Profil.</translation>
    </message>
    <message>
        <source>A required header is missing. Check that the organization ID, sandbox and client ID are filled in the profile.</source>
        <translation>Ein erforderlicher Header fehlt. Prüfen Sie, ob Organisations-ID, Sandbox und Client-ID im Profil ausgefüllt sind.</translation>
    </message>
    <message>
        <source>The credential has no access to this organization. Check the organization ID (…@AdobeOrg) in the profile.</source>
        <translation>Diese Anmeldedaten haben keinen Zugriff auf diese Organisation. Prüfen Sie die Organisations-ID (…@AdobeOrg) im Profil.</translation>
    </message>
    <message>
        <source>The sandbox name is missing. Enter the sandbox (for example “prod”) in the profile.</source>
        <translation>Der Sandbox-Name fehlt. Geben Sie die Sandbox (zum Beispiel „prod“) im Profil ein.</translation>
    </message>
    <message>
        <source>This sandbox does not exist in the organization. Check the sandbox name in the profile.</source>
        <translation>Diese Sandbox gibt es in der Organisation nicht. Prüfen Sie den Sandbox-Namen im Profil.</translation>
    </message>
    <message>
        <source>The authentication type does not match the source: Platform does not know this auth spec name for the chosen connection spec. Refresh the source list and choose the source again.</source>
        <translation>Die Authentifizierungsart passt nicht zur Quelle: Platform kennt diesen Auth-Spec-Namen für die gewählte Connection Spec nicht. Aktualisieren Sie die Quellenliste und wählen Sie die Quelle erneut.</translation>
    </message>
    <message>
        <source>Platform does not know this source (connection spec). Refresh the source list.</source>
        <translation>Platform kennt diese Quelle (Connection Spec) nicht. Aktualisieren Sie die Quellenliste.</translation>
    </message>
    <message>
        <source>Platform rejected a value in the request. Correct the field it names and try again.</source>
        <translation>Platform hat einen Wert in der Anfrage abgelehnt. Korrigieren Sie das genannte Feld und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The update was refused because it did not say which version of the connection it changes. Reload the connection and try again.</source>
        <translation>Die Änderung wurde abgelehnt, weil sie nicht angab, welche Version der Verbindung sie ändert. Laden Sie die Verbindung neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection was changed elsewhere since Inlet loaded it. Reload it and apply the change again.</source>
        <translation>Die Verbindung wurde an anderer Stelle geändert, seit Inlet sie geladen hat. Laden Sie sie neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>The connection cannot be deleted while dataflows use it. Delete those dataflows first.</source>
        <translation>Die Verbindung kann nicht gelöscht werden, solange Datenflüsse sie verwenden. Löschen Sie zuerst diese Datenflüsse.</translation>
    </message>
    <message>
        <source>You do not have permission for this in this organization or sandbox. Ask your Platform administrator for access to Sources in this sandbox.</source>
        <translation>Sie haben dafür in dieser Organisation oder Sandbox keine Berechtigung. Bitten Sie Ihre Platform-Administration um Zugriff auf Quellen in dieser Sandbox.</translation>
    </message>
    <message>
        <source>Platform could not find it; it may have been deleted. Check the ID, organization and sandbox.</source>
        <translation>Platform konnte es nicht finden; möglicherweise wurde es gelöscht. Prüfen Sie ID, Organisation und Sandbox.</translation>
    </message>
    <message>
        <source>Platform is receiving too many requests. Wait a minute and try again.</source>
        <translation>Platform erhält zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Platform has a temporary problem (HTTP %1). Try again in a few minutes.</source>
        <translation>Platform hat ein vorübergehendes Problem (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1), which Inlet does not follow. Check the base URLs in the profile.</source>
        <translation>Der Server hat mit einer Weiterleitung geantwortet (HTTP %1), der Inlet nicht folgt. Prüfen Sie die Basis-URLs im Profil.</translation>
    </message>
    <message>
        <source>Platform rejected the request (HTTP %1).</source>
        <translation>Platform hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network and proxy settings, then try again.</source>
        <translation>Die Verbindung zum Server ist abgebrochen. Prüfen Sie Ihre Netzwerk- und Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the host name in the profile and your proxy settings.</source>
        <translation>Der Servername wurde nicht gefunden. Prüfen Sie den Hostnamen im Profil und Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port in the profile and your proxy settings.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port im Profil und Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network or proxy, or raise the timeout in the settings, then try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihr Netzwerk oder den Proxy oder erhöhen Sie das Zeitlimit in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server&apos;s certificate was not accepted. Check this computer&apos;s date and time and any proxy that inspects TLS.</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden: Das Zertifikat des Servers wurde nicht akzeptiert. Prüfen Sie Datum und Uhrzeit dieses Computers und jeden Proxy, der TLS untersucht.</translation>
    </message>
    <message>
        <source>Platform says: “%1”</source>
        <translation>Platform meldet: „%1“</translation>
    </message>
    <message>
        <source>Platform sent an answer Inlet cannot read. Try again; if it keeps happening, a proxy may be changing the responses.</source>
        <translation>Platform hat eine Antwort gesendet, die Inlet nicht lesen kann. Versuchen Sie es erneut; tritt das wiederholt auf, verändert möglicherweise ein Proxy die Antworten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than Inlet accepts (16 MiB), so it was refused.</source>
        <translation>Die Antwort des Servers ist größer, als Inlet annimmt (16 MiB), und wurde daher abgelehnt.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Inlet has no credential to sign in with. Enter the client secret, or paste an access token.</source>
        <translation>Inlet hat keine Anmeldedaten für die Anmeldung. Geben Sie das Client-Secret ein oder fügen Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Inlet only talks to Platform over HTTPS. Change the address to start with https:// (plain http is allowed only to this computer).</source>
        <translation>Inlet kommuniziert mit Platform nur über HTTPS. Ändern Sie die Adresse so, dass sie mit https:// beginnt (einfaches http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The request may have reached Platform before the connection failed.</source>
        <translation>Die Anfrage hat Platform möglicherweise erreicht, bevor die Verbindung abbrach.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Inlet could not save its settings: the folder is not writable or the disk is full. Free some space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Inlet konnte seine Einstellungen nicht speichern: Der Ordner ist nicht beschreibbar oder der Datenträger ist voll. Schaffen Sie Platz oder korrigieren Sie die Berechtigungen des Ordners und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Adobe IMS says: “%1”</source>
        <translation>Adobe IMS meldet: „%1“</translation>
    </message>
    <message>
        <source>The request may have reached Platform before it was cancelled.</source>
        <translation>Die Anfrage hat Platform möglicherweise erreicht, bevor sie abgebrochen wurde.</translation>
    </message>
    <message>
        <source>The secret was not sent: the Platform or IMS address differs from the one it was saved for, and the new address was not confirmed.</source>
        <translation>Das Secret wurde nicht gesendet: Die Platform- oder IMS-Adresse weicht von der ab, für die es gespeichert wurde, und die neue Adresse wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>The updated source list could not be saved for the next start: the cache folder is not writable or the disk is full. Inlet uses the updated list until you close it.</source>
        <translation>Die aktualisierte Quellenliste konnte nicht für den nächsten Start gespeichert werden: Der Cache-Ordner ist nicht beschreibbar oder die Festplatte ist voll. Inlet verwendet die aktualisierte Liste, bis Sie es schließen.</translation>
    </message>
</context>
<context>
    <name>Inlet::ExistingConnectionsPage</name>
    <message>
        <source>&lt;p&gt;These are the base connections of this source that already exist in the sandbox. Reusing one avoids a duplicate: select it and choose &lt;b&gt;Use the connection selected below&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Delete&lt;/b&gt; removes a connection from Platform. Platform refuses while dataflows still use it; delete those first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dies sind die Basisverbindungen dieser Quelle, die es in der Sandbox bereits gibt. Wenn Sie eine davon wiederverwenden, vermeiden Sie ein Duplikat: Wählen Sie sie aus und dann &lt;b&gt;Die unten ausgewählte Verbindung verwenden&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Löschen&lt;/b&gt; entfernt eine Verbindung aus Platform. Platform verweigert das, solange Datenflüsse sie noch verwenden; löschen Sie diese zuerst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base connections of %1 in sandbox %2.</source>
        <translation>Basisverbindungen zu %1 in der Sandbox %2.</translation>
    </message>
    <message>
        <source>Looking for existing connections…</source>
        <translation>Vorhandene Verbindungen werden gesucht…</translation>
    </message>
    <message>
        <source>Existing connections could not be listed; you can still create a new one. %1</source>
        <translation>Vorhandene Verbindungen konnten nicht aufgelistet werden; Sie können trotzdem eine neue erstellen. %1</translation>
    </message>
    <message>
        <source>This sandbox has no connection of this source yet.</source>
        <translation>Diese Sandbox hat noch keine Verbindung zu dieser Quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) found.</source>
        <translation>
            <numerusform>%n Verbindung gefunden.</numerusform>
            <numerusform>%n Verbindungen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; (%2) from Platform?

This cannot be undone. Platform refuses while dataflows still use the connection.</source>
        <translation>Die Verbindung „%1“ (%2) aus Platform löschen?

Dies kann nicht rückgängig gemacht werden. Platform verweigert das Löschen, solange Datenflüsse die Verbindung noch verwenden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted. %2</source>
        <translation>„%1“ wurde nicht gelöscht. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Inlet::ExploreConnection</name>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The Databricks cluster of this connection is not running, so Platform cannot look into it. Start the cluster in your Databricks workspace (Compute, then Start), wait until it shows Running, then choose Retry.</source>
        <translation>Der Databricks-Cluster dieser Verbindung läuft nicht, daher kann Platform nicht hineinsehen. Starten Sie den Cluster in Ihrem Databricks-Arbeitsbereich (Compute, dann Start), warten Sie, bis er „Running“ zeigt, und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Platform did not answer in time. Large folders and busy databases can be slow: choose Retry, or raise the timeout in Inlet&apos;s settings.</source>
        <translation>Platform hat nicht rechtzeitig geantwortet. Große Ordner und ausgelastete Datenbanken können langsam sein: Wählen Sie „Erneut versuchen“ oder erhöhen Sie die Zeitüberschreitung in den Einstellungen von Inlet.</translation>
    </message>
    <message>
        <source>Platform may not read this with the connection&apos;s credentials. Ask the source&apos;s administrator to grant the connection&apos;s account read access, or choose another object.</source>
        <translation>Platform darf dies mit den Anmeldedaten der Verbindung nicht lesen. Bitten Sie die Administration der Quelle, dem Konto der Verbindung Lesezugriff zu geben, oder wählen Sie ein anderes Objekt.</translation>
    </message>
    <message>
        <source>The source no longer has this object. Choose Retry on the level above to read it again.</source>
        <translation>Die Quelle hat dieses Objekt nicht mehr. Wählen Sie „Erneut versuchen“ auf der Ebene darüber, um sie neu zu lesen.</translation>
    </message>
    <message>
        <source>Platform says: “%1”</source>
        <translation>Platform meldet: „%1“</translation>
    </message>
</context>
<context>
    <name>Inlet::ExplorePage</name>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Vorschauzeilen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Delimited</source>
        <translation>Mit Trennzeichen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here you check that the connection reaches the right data before a dataflow reads it. Open a folder or schema to load what it holds; type in &lt;b&gt;Filter&lt;/b&gt; to find an item among those loaded. Choosing a table shows its columns (the type in the source and the XDM type Platform maps it to) and up to 100 of its rows.&lt;/p&gt;&lt;p&gt;For a file, Platform first detects its format; if the preview looks wrong (one column holding whole lines, say), choose the file type, delimiter and compression and &lt;b&gt;Read file&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;If something cannot be read, the reason and what to do are shown below; &lt;b&gt;Retry&lt;/b&gt; asks again for just that level or object. A Databricks cluster must be running to be explored. Long values are shortened in the grid: hover over a cell to see all of it, or select cells and copy them (Ctrl+C).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Finish&lt;/b&gt; closes Inlet; the connection stays in Platform either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier prüfen Sie, ob die Verbindung die richtigen Daten erreicht, bevor ein Datenfluss sie liest. Öffnen Sie einen Ordner oder ein Schema, um seinen Inhalt zu laden; mit &lt;b&gt;Filter&lt;/b&gt; finden Sie einen Eintrag unter den geladenen. Eine Tabelle zeigt ihre Spalten (den Typ in der Quelle und den XDM-Typ, auf den Platform ihn abbildet) und bis zu 100 ihrer Zeilen.&lt;/p&gt;&lt;p&gt;Bei einer Datei erkennt Platform zuerst das Format; sieht die Vorschau falsch aus (etwa eine Spalte mit ganzen Zeilen), wählen Sie Dateityp, Trennzeichen und Komprimierung und dann &lt;b&gt;Datei lesen&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Lässt sich etwas nicht lesen, stehen darunter der Grund und was zu tun ist; &lt;b&gt;Erneut versuchen&lt;/b&gt; fragt nur diese Ebene oder dieses Objekt neu ab. Ein Databricks-Cluster muss laufen, um ihn zu erkunden. Lange Werte werden im Raster gekürzt: Zeigen Sie auf eine Zelle, um alles zu sehen, oder markieren und kopieren Sie Zellen (Strg+C).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fertigstellen&lt;/b&gt; schließt Inlet; die Verbindung bleibt in jedem Fall in Platform.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select data</source>
        <translation>Daten auswählen</translation>
    </message>
    <message>
        <source>There is no connection to explore yet. Go back and create one.</source>
        <translation>Es gibt noch keine Verbindung zum Erkunden. Gehen Sie zurück und erstellen Sie eine.</translation>
    </message>
    <message>
        <source>The tables and files %1 can read through this connection. Choose one to see its schema and rows, or Finish.</source>
        <translation>Die Tabellen und Dateien, die %1 über diese Verbindung lesen kann. Wählen Sie eine aus, um Schema und Zeilen zu sehen, oder stellen Sie fertig.</translation>
    </message>
    <message>
        <source>Asking Platform what the source holds…</source>
        <translation>Platform wird gefragt, was die Quelle enthält…</translation>
    </message>
    <message>
        <source>Stopped. Choose Retry to ask again.</source>
        <translation>Angehalten. Wählen Sie „Erneut versuchen“, um neu zu fragen.</translation>
    </message>
    <message>
        <source>The source holds no tables or files that Platform can see.</source>
        <translation>Die Quelle enthält keine Tabellen oder Dateien, die Platform sehen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) at the top level.</source>
        <translation>
            <numerusform>%n Eintrag auf der obersten Ebene.</numerusform>
            <numerusform>%n Einträge auf der obersten Ebene.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Reading the schema and rows of %1…</source>
        <translation>Schema und Zeilen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Platform can neither read the schema of %1 nor preview it. Choose another table or file, or check in the source that this object holds data Platform supports.</source>
        <translation>Platform kann das Schema von %1 weder lesen noch eine Vorschau zeigen. Wählen Sie eine andere Tabelle oder Datei, oder prüfen Sie in der Quelle, ob dieses Objekt Daten enthält, die Platform unterstützt.</translation>
    </message>
    <message>
        <source>Platform cannot preview %1, so only its schema is shown. A dataflow can still read it.</source>
        <translation>Platform kann keine Vorschau von %1 zeigen, daher wird nur das Schema angezeigt. Ein Datenfluss kann es trotzdem lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s)</source>
        <translation>
            <numerusform>%1: %n Spalte</numerusform>
            <numerusform>%1: %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) previewed.</source>
        <translation>
            <numerusform>%n Zeile in der Vorschau.</numerusform>
            <numerusform>%n Zeilen in der Vorschau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::ExploreTreeModel</name>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>Inlet::FieldPickerDelegate</name>
    <message>
        <source>Schema field for %1</source>
        <translation>Schemafeld für %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Inlet::FileSecretEditor</name>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden…</translation>
    </message>
    <message>
        <source>Paste the key or load its file</source>
        <translation>Schlüssel einfügen oder seine Datei laden</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation>%1 aus einer Datei laden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Inlet::FlowServiceJson</name>
    <message>
        <source>The response is not valid JSON: %1 at offset %2.</source>
        <translation>Die Antwort ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The response has no connection id.</source>
        <translation>Die Antwort enthält keine Verbindungs-ID.</translation>
    </message>
    <message>
        <source>The response has no &quot;items&quot; array.</source>
        <translation>Die Antwort enthält kein Array „items“.</translation>
    </message>
    <message>
        <source>The explore response is neither a list nor has &quot;items&quot;.</source>
        <translation>Die Explore-Antwort ist weder eine Liste noch enthält sie „items“.</translation>
    </message>
    <message>
        <source>The landing-zone response lacks containerName, SASToken or storageAccountName.</source>
        <translation>In der Landing-Zone-Antwort fehlt containerName, SASToken oder storageAccountName.</translation>
    </message>
    <message>
        <source>The response is not valid JSON: %1.</source>
        <translation>Die Antwort ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The explore response is not an object.</source>
        <translation>Die Explore-Antwort ist kein Objekt.</translation>
    </message>
    <message>
        <source>The explore response has neither a schema nor properties.</source>
        <translation>Die Explore-Antwort hat weder ein Schema noch Eigenschaften.</translation>
    </message>
</context>
<context>
    <name>Inlet::FormModel</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3</source>
        <translation>%1 muss eine ganze Zahl zwischen %2 und %3 sein</translation>
    </message>
    <message>
        <source>%1 must be a number between %2 and %3</source>
        <translation>%1 muss eine Zahl zwischen %2 und %3 sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2</source>
        <translation>%1 muss eine ganze Zahl von mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a number of at least %2</source>
        <translation>%1 muss eine Zahl von mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at most %2</source>
        <translation>%1 muss eine ganze Zahl von höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a number of at most %2</source>
        <translation>%1 muss eine Zahl von höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>%1 contains a control character (such as NUL); remove it or type the value again</source>
        <translation>%1 enthält ein Steuerzeichen (etwa NUL); entfernen Sie es oder geben Sie den Wert erneut ein</translation>
    </message>
    <message>
        <source>%1 must be on one line; remove the line breaks and tabs</source>
        <translation>%1 muss in einer Zeile stehen; entfernen Sie Zeilenumbrüche und Tabulatoren</translation>
    </message>
    <message>
        <source>%1 contains invisible text-direction characters (such as U+202E) that can disguise it; type the value again</source>
        <translation>%1 enthält unsichtbare Textrichtungszeichen (etwa U+202E), die den Wert verschleiern können; geben Sie ihn erneut ein</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (such as a zero-width space); type the value again</source>
        <translation>%1 enthält ein unsichtbares Zeichen (etwa ein Leerzeichen ohne Breite); geben Sie den Wert erneut ein</translation>
    </message>
    <message>
        <source>%1 contains characters that could not be read (a damaged paste); paste or type it again</source>
        <translation>%1 enthält Zeichen, die nicht gelesen werden konnten (beschädigtes Einfügen); fügen Sie den Wert erneut ein oder geben Sie ihn ein</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; enter them in their own fields</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten; geben Sie diese in den eigenen Feldern ein</translation>
    </message>
    <message>
        <source>%1 must be at most 1 character long</source>
        <translation>%1 darf höchstens 1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1 must be at least 1 character long</source>
        <translation>%1 muss mindestens 1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long</source>
        <translation>%1 muss mindestens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 muss Folgendes sein: %2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format, for example %2</source>
        <translation>%1 hat nicht das erwartete Format, zum Beispiel %2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format</source>
        <translation>%1 hat nicht das erwartete Format</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, where at most %3 are allowed</source>
        <translation>%1 ist zu lang: %2 Zeichen, erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <source>The file for %1 is too large: %2 bytes, where at most %3 are allowed</source>
        <translation>Die Datei für %1 ist zu groß: %2 Byte, erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <source>The file for %1 is empty</source>
        <translation>Die Datei für %1 ist leer</translation>
    </message>
    <message>
        <source>The file for %1 is not a JSON key file; choose the key file you downloaded</source>
        <translation>Die Datei für %1 ist keine JSON-Schlüsseldatei; wählen Sie die heruntergeladene Schlüsseldatei</translation>
    </message>
    <message>
        <source>The file for %1 is not text; choose the key file itself</source>
        <translation>Die Datei für %1 ist kein Text; wählen Sie die Schlüsseldatei selbst</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://</source>
        <translation>%1 muss eine Webadresse sein, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://, for example %2</source>
        <translation>%1 muss eine Webadresse sein, die mit https:// beginnt, zum Beispiel %2</translation>
    </message>
</context>
<context>
    <name>Inlet::HttpExchange</name>
    <message>
        <source>More than %1 bytes.</source>
        <translation>Mehr als %1 Byte.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>Die Verbindung wurde nach %1 von %2 Byte geschlossen.</translation>
    </message>
</context>
<context>
    <name>Inlet::InletWizard</name>
    <message>
        <source>Inlet</source>
        <translation>Inlet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Adobe&apos;s documentation for %2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Adobe-Dokumentation zu %2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings could not be read</source>
        <translation>Einstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Inlet could not read its settings file. It moved the file to %1 and kept the profiles it could still read. Check your profile before you sign in.</source>
        <translation>Inlet konnte seine Einstellungsdatei nicht lesen. Die Datei wurde nach %1 verschoben; die Profile, die sich noch lesen ließen, wurden behalten. Prüfen Sie Ihr Profil, bevor Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Source list not saved</source>
        <translation>Quellenliste nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard This Connection?</source>
        <translation>Diese Verbindung verwerfen?</translation>
    </message>
    <message>
        <source>The connection you are setting up is not created yet. Close Inlet and discard what you typed?</source>
        <translation>Die Verbindung, die Sie einrichten, ist noch nicht erstellt. Inlet schließen und Ihre Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Discard and Close</source>
        <translation>Verwerfen und schließen</translation>
    </message>
    <message>
        <source>Spark config line</source>
        <translation>Zeile für die Spark-Konfiguration</translation>
    </message>
    <message>
        <source>This dataflow&apos;s connection was not set up in this window. Start Inlet, sign in, choose Databricks and go on to the Databricks page: it shows the current landing-zone line to paste into the cluster&apos;s Spark config.</source>
        <translation>Die Verbindung dieses Datenflusses wurde nicht in diesem Fenster eingerichtet. Starten Sie Inlet, melden Sie sich an, wählen Sie Databricks und gehen Sie weiter bis zur Databricks-Seite: Sie zeigt die aktuelle Landing-Zone-Zeile, die Sie in die Spark-Konfiguration des Clusters einfügen.</translation>
    </message>
    <message>
        <source>Inlet is still working on the dataflow &quot;%1&quot; on Platform. Stop, and keep what exists so far with the setup saved to finish later (sign in with the profile &quot;%2&quot; to resume), delete it, or go back?</source>
        <translation>Inlet arbeitet noch am Datenfluss „%1“ auf Platform. Anhalten und das bisher Vorhandene behalten, mit der Einrichtung gespeichert, um später fertigzustellen (melden Sie sich zum Fortsetzen mit dem Profil „%2“ an), es löschen oder zurückgehen?</translation>
    </message>
    <message>
        <source>The dataflow &quot;%1&quot; is not finished, and what was made for it stays on Platform unless you delete it.</source>
        <translation>Der Datenfluss „%1“ ist nicht fertig, und was dafür erstellt wurde, bleibt auf Platform, solange Sie es nicht löschen.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created.</source>
        <translation>Es ist nicht bekannt, ob %1 erstellt wurde.</translation>
    </message>
    <message>
        <source>Keep it and save the setup to finish later (sign in with the profile &quot;%1&quot; to resume), delete it, or go back?</source>
        <translation>Es behalten und die Einrichtung speichern, um später fertigzustellen (melden Sie sich zum Fortsetzen mit dem Profil „%1“ an), es löschen oder zurückgehen?</translation>
    </message>
    <message>
        <source>Close Before the Dataflow Is Finished?</source>
        <translation>Schließen, bevor der Datenfluss fertig ist?</translation>
    </message>
    <message>
        <source>&amp;Keep and Finish Later</source>
        <translation>&amp;Behalten und später fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Delete and Close</source>
        <translation>&amp;Löschen und schließen</translation>
    </message>
    <message>
        <source>Go &amp;Back</source>
        <translation>&amp;Zurückgehen</translation>
    </message>
</context>
<context>
    <name>Inlet::IntegerEditor</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Zum Beispiel %1</translation>
    </message>
</context>
<context>
    <name>Inlet::JsonText</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>die Zahl %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>es ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>it contains a NUL byte</source>
        <translation>es enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>es konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZoneAccess</name>
    <message>
        <source>Inlet could not find out whether the credentials were refreshed. The next refresh first checks which credentials are current, so it never revokes twice.</source>
        <translation>Inlet konnte nicht feststellen, ob die Zugangsdaten aktualisiert wurden. Die nächste Aktualisierung prüft zuerst, welche Zugangsdaten aktuell sind, und widerruft daher nie zweimal.</translation>
    </message>
    <message>
        <source>The credentials were not refreshed; the current line still works.</source>
        <translation>Die Zugangsdaten wurden nicht aktualisiert; die aktuelle Zeile funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The credentials were not refreshed; the current line still works. It is safe to try again.</source>
        <translation>Die Zugangsdaten wurden nicht aktualisiert; die aktuelle Zeile funktioniert weiterhin. Sie können es gefahrlos erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZonePage</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n minute(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Minute wieder geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Minuten wieder geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Platform stages Databricks data in an Azure Blob Storage container of its own. Your cluster reaches it with a shared access signature (SAS) token given in the cluster&apos;s Spark config.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Copy the line.&lt;/li&gt;&lt;li&gt;In Databricks, open the cluster, choose &lt;b&gt;Edit&lt;/b&gt; › &lt;b&gt;Advanced options&lt;/b&gt; › &lt;b&gt;Spark&lt;/b&gt;, paste the line into &lt;b&gt;Spark config&lt;/b&gt; and confirm.&lt;/li&gt;&lt;li&gt;Tick the box on this page and continue.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The token expires on the date shown. &lt;b&gt;Refresh credentials&lt;/b&gt; issues a new token and revokes the current one at once, so every cluster using the old line must be updated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Platform legt Databricks-Daten in einem eigenen Azure-Blob-Storage-Container ab. Ihr Cluster erreicht ihn mit einem SAS-Token (Shared Access Signature), das in der Spark-Konfiguration des Clusters angegeben wird.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Kopieren Sie die Zeile.&lt;/li&gt;&lt;li&gt;Öffnen Sie in Databricks den Cluster, wählen Sie &lt;b&gt;Edit&lt;/b&gt; › &lt;b&gt;Advanced options&lt;/b&gt; › &lt;b&gt;Spark&lt;/b&gt;, fügen Sie die Zeile in &lt;b&gt;Spark config&lt;/b&gt; ein und bestätigen Sie.&lt;/li&gt;&lt;li&gt;Setzen Sie das Häkchen auf dieser Seite und fahren Sie fort.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Das Token läuft zum angezeigten Datum ab. &lt;b&gt;Zugangsdaten aktualisieren&lt;/b&gt; stellt ein neues Token aus und widerruft das aktuelle sofort; daher muss jeder Cluster, der die alte Zeile verwendet, angepasst werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refreshing the landing-zone credentials…</source>
        <translation>Zugangsdaten der Landing Zone werden aktualisiert…</translation>
    </message>
    <message>
        <source>Fetching the landing-zone credentials…</source>
        <translation>Zugangsdaten der Landing Zone werden abgerufen…</translation>
    </message>
    <message>
        <source>The landing-zone credentials could not be fetched.</source>
        <translation>Die Zugangsdaten der Landing Zone konnten nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Platform did not say when this token expires.</source>
        <translation>Platform hat nicht angegeben, wann dieses Token abläuft.</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>Das Token ist gültig bis %1.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s). Refresh it soon and update the cluster.</source>
        <translation>
            <numerusform>Das Token läuft am %1 ab, in %n Tag. Aktualisieren Sie es bald und passen Sie den Cluster an.</numerusform>
            <numerusform>Das Token läuft am %1 ab, in %n Tagen. Aktualisieren Sie es bald und passen Sie den Cluster an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token expired on %1. Refresh the credentials, then update the cluster.</source>
        <translation>Das Token ist am %1 abgelaufen. Aktualisieren Sie die Zugangsdaten und passen Sie dann den Cluster an.</translation>
    </message>
    <message>
        <source>Refresh credentials</source>
        <translation>Zugangsdaten aktualisieren</translation>
    </message>
    <message>
        <source>Refreshing issues a new SAS token and revokes the current one at once.

Every Databricks cluster that uses the current line loses access to Platform&apos;s staging storage, and its dataflows fail, until you paste the new line into its Spark config.</source>
        <translation>Beim Aktualisieren wird ein neues SAS-Token ausgestellt und das aktuelle sofort widerrufen.

Jeder Databricks-Cluster, der die aktuelle Zeile verwendet, verliert den Zugriff auf den Staging-Speicher von Platform, und seine Datenflüsse schlagen fehl, bis Sie die neue Zeile in seine Spark-Konfiguration einfügen.</translation>
    </message>
    <message>
        <source>&amp;Refresh and revoke the old token</source>
        <translation>Aktualisieren und altes Token &amp;widerrufen</translation>
    </message>
    <message>
        <source>The refresh went through, though its answer was lost on the way.</source>
        <translation>Die Aktualisierung wurde ausgeführt, obwohl ihre Antwort unterwegs verloren ging.</translation>
    </message>
    <message>
        <source>New credentials issued; the previous token no longer works.</source>
        <translation>Neue Zugangsdaten ausgestellt; das bisherige Token funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The old line was removed from the clipboard.</source>
        <translation>Die alte Zeile wurde aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Copy the new line and replace the one in your cluster&apos;s Spark config.</source>
        <translation>Kopieren Sie die neue Zeile und ersetzen Sie damit die in der Spark-Konfiguration Ihres Clusters.</translation>
    </message>
</context>
<context>
    <name>Inlet::MappingPage</name>
    <message>
        <source>&lt;p&gt;Each row is a column of the source and the schema field it fills. Inlet matches columns to fields by name (ignoring case, spaces, &lt;code&gt;_&lt;/code&gt; and &lt;code&gt;-&lt;/code&gt;) and by type; check each match. To change one, double-click its field (or select it and press F2) and choose another field, or &lt;i&gt;(not mapped)&lt;/i&gt; to leave the column out. Rows such as &lt;code&gt;uuid()&lt;/code&gt; are generated values, for example the unique ID every event needs.&lt;/p&gt;&lt;p&gt;Below the table, Inlet lists what Platform would refuse: required fields and the identity that no column fills, and columns whose type the field cannot take. Columns left unmapped are listed too; their values are not ingested.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check with Platform&lt;/b&gt; asks Data Prep to validate the mapping; &lt;b&gt;Next&lt;/b&gt; does the same before going on. Rules Data Prep refuses are marked in the &lt;b&gt;Check&lt;/b&gt; column with its reason. &lt;b&gt;Reset to suggestions&lt;/b&gt; discards your changes and matches by name again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Zeile zeigt eine Spalte der Quelle und das Schemafeld, das sie füllt. Inlet ordnet Spalten den Feldern nach Namen (ohne Rücksicht auf Groß- und Kleinschreibung, Leerzeichen, &lt;code&gt;_&lt;/code&gt; und &lt;code&gt;-&lt;/code&gt;) und nach Typ zu; prüfen Sie jede Zuordnung. Um eine zu ändern, doppelklicken Sie auf ihr Feld (oder wählen Sie es aus und drücken Sie F2) und wählen Sie ein anderes Feld oder &lt;i&gt;(nicht zugeordnet)&lt;/i&gt;, um die Spalte auszulassen. Zeilen wie &lt;code&gt;uuid()&lt;/code&gt; sind erzeugte Werte, zum Beispiel die eindeutige ID, die jedes Ereignis braucht.&lt;/p&gt;&lt;p&gt;Unter der Tabelle listet Inlet auf, was Platform ablehnen würde: erforderliche Felder und die Identität, die keine Spalte füllt, sowie Spalten, deren Typ das Feld nicht aufnehmen kann. Nicht zugeordnete Spalten werden ebenfalls aufgeführt; ihre Werte werden nicht aufgenommen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mit Platform prüfen&lt;/b&gt; lässt Data Prep die Zuordnung validieren; &lt;b&gt;Weiter&lt;/b&gt; tut dasselbe, bevor es weitergeht. Regeln, die Data Prep ablehnt, werden in der Spalte &lt;b&gt;Prüfung&lt;/b&gt; mit dem Grund markiert. &lt;b&gt;Auf Vorschläge zurücksetzen&lt;/b&gt; verwirft Ihre Änderungen und ordnet erneut nach Namen zu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose a table or file and a target dataset first: go back.</source>
        <translation>Wählen Sie zuerst eine Tabelle oder Datei und einen Zieldatensatz: Gehen Sie zurück.</translation>
    </message>
    <message>
        <source>The field of the schema “%1” each column of %2 fills. Choose a field to change it.</source>
        <translation>Das Feld des Schemas „%1“, das jede Spalte von %2 füllt. Wählen Sie ein Feld, um es zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) matched to a field by name and type. Check each match and change what is wrong.</source>
        <translation>
            <numerusform>%n Spalte wurde nach Name und Typ einem Feld zugeordnet. Prüfen Sie jede Zuordnung und ändern Sie, was falsch ist.</numerusform>
            <numerusform>%n Spalten wurden nach Name und Typ einem Feld zugeordnet. Prüfen Sie jede Zuordnung und ändern Sie, was falsch ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is mapped. Choose a field for at least one column.</source>
        <translation>Keine Spalte ist zugeordnet. Wählen Sie für mindestens eine Spalte ein Feld.</translation>
    </message>
    <message numerus="yes">
        <source>The schema requires %n field(s) no column fills: %1. Choose a column for each.</source>
        <translation>
            <numerusform>Das Schema erfordert %n Feld, das keine Spalte füllt: %1. Wählen Sie eine Spalte dafür.</numerusform>
            <numerusform>Das Schema erfordert %n Felder, die keine Spalte füllt: %1. Wählen Sie für jedes eine Spalte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity of each record is not filled: %1. Map the column that identifies a record to it.</source>
        <translation>Die Identität der Datensätze ist nicht gefüllt: %1. Ordnen Sie ihr die Spalte zu, die einen Datensatz identifiziert.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) go to a field of a type they cannot be converted to (see the Check column). Choose another field, or (not mapped).</source>
        <translation>
            <numerusform>%n Spalte geht in ein Feld eines Typs, in den sie nicht umgewandelt werden kann (siehe Spalte „Prüfung“). Wählen Sie ein anderes Feld oder „(nicht zugeordnet)“.</numerusform>
            <numerusform>%n Spalten gehen in Felder eines Typs, in den sie nicht umgewandelt werden können (siehe Spalte „Prüfung“). Wählen Sie ein anderes Feld oder „(nicht zugeordnet)“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not mapped, so not ingested: %1.</source>
        <translation>
            <numerusform>%n Spalte nicht zugeordnet und daher nicht aufgenommen: %1.</numerusform>
            <numerusform>%n Spalten nicht zugeordnet und daher nicht aufgenommen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map at least one column before checking the mapping.</source>
        <translation>Ordnen Sie mindestens eine Spalte zu, bevor Sie die Zuordnung prüfen.</translation>
    </message>
    <message>
        <source>Platform&apos;s Data Prep is checking the mapping…</source>
        <translation>Data Prep von Platform prüft die Zuordnung…</translation>
    </message>
    <message>
        <source>Stopped. Choose Check with Platform or Next to check again.</source>
        <translation>Angehalten. Wählen Sie „Mit Platform prüfen“ oder „Weiter“, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>The mapping could not be checked with Platform. %1 Your mapping is kept: choose Check with Platform or Next to try again.</source>
        <translation>Die Zuordnung konnte nicht mit Platform geprüft werden. %1 Ihre Zuordnung bleibt erhalten: Wählen Sie „Mit Platform prüfen“ oder „Weiter“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The mapping changed while Platform checked it. Choose Check with Platform or Next to check it again.</source>
        <translation>Die Zuordnung hat sich geändert, während Platform sie prüfte. Wählen Sie „Mit Platform prüfen“ oder „Weiter“, um sie erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Platform accepts this mapping.</source>
        <translation>Platform akzeptiert diese Zuordnung.</translation>
    </message>
    <message numerus="yes">
        <source>Platform refuses %n rule(s) of this mapping. Choose another field for each marked row, then check again.</source>
        <translation>
            <numerusform>Platform lehnt %n Regel dieser Zuordnung ab. Wählen Sie für jede markierte Zeile ein anderes Feld und prüfen Sie dann erneut.</numerusform>
            <numerusform>Platform lehnt %n Regeln dieser Zuordnung ab. Wählen Sie für jede markierte Zeile ein anderes Feld und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The preview could not be made. %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden. %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Inlet::MappingTableModel</name>
    <message>
        <source>Not a field of this schema</source>
        <translation>Kein Feld dieses Schemas</translation>
    </message>
    <message>
        <source>A %1 column cannot fill a %2 field</source>
        <translation>Eine Spalte vom Typ %1 kann kein Feld vom Typ %2 füllen</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>column path</source>
        <translation>Spaltenpfad</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Typ in der Quelle</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>Schemafeld</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Feldtyp</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>Inlet::NumberEditor</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>Inlet::PreviewTableModel</name>
    <message>
        <source>%1: %2 in the source, %3 in XDM</source>
        <translation>%1: %2 in der Quelle, %3 in XDM</translation>
    </message>
</context>
<context>
    <name>Inlet::ResultPage</name>
    <message>
        <source>Edit cr&amp;edentials</source>
        <translation>Zugangsdaten &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet sends the request and shows the new connection&apos;s ID, which the next steps in Platform (dataflows, exploring data) ask for. &lt;b&gt;Test connection&lt;/b&gt; asks Platform to list the source&apos;s top-level tables or folders with these credentials.&lt;/p&gt;&lt;p&gt;If creating fails, the reason is shown here; &lt;b&gt;Details&lt;/b&gt; has the HTTP status, error code and request ID for Adobe support. &lt;b&gt;Try again&lt;/b&gt; first checks whether the connection was created anyway, so it never makes a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet sendet die Anfrage und zeigt die ID der neuen Verbindung an, nach der die nächsten Schritte in Platform (Datenflüsse, Daten erkunden) fragen. &lt;b&gt;Verbindung testen&lt;/b&gt; bittet Platform, mit diesen Zugangsdaten die Tabellen oder Ordner der obersten Ebene der Quelle aufzulisten.&lt;/p&gt;&lt;p&gt;Schlägt das Erstellen fehl, wird der Grund hier angezeigt; unter &lt;b&gt;Details&lt;/b&gt; stehen HTTP-Status, Fehlercode und Anfrage-ID für den Adobe-Support. &lt;b&gt;Erneut versuchen&lt;/b&gt; prüft zuerst, ob die Verbindung trotzdem erstellt wurde, und legt daher nie ein Duplikat an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Existing connection</source>
        <translation>Vorhandene Verbindung</translation>
    </message>
    <message>
        <source>This connection already exists in the sandbox; test it or copy its ID.</source>
        <translation>Diese Verbindung gibt es in der Sandbox bereits; testen Sie sie oder kopieren Sie ihre ID.</translation>
    </message>
    <message>
        <source>Using the existing connection &quot;%1&quot;.</source>
        <translation>Die vorhandene Verbindung „%1“ wird verwendet.</translation>
    </message>
    <message>
        <source>Inlet sends the request to Platform, then you can test the new connection.</source>
        <translation>Inlet sendet die Anfrage an Platform; danach können Sie die neue Verbindung testen.</translation>
    </message>
    <message>
        <source>Creating &quot;%1&quot;…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; was created.</source>
        <translation>Die Verbindung „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Checking whether &quot;%1&quot; was created meanwhile…</source>
        <translation>Es wird geprüft, ob „%1“ inzwischen erstellt wurde…</translation>
    </message>
    <message>
        <source>Inlet could not check whether the connection exists, so it did not send it again. %1</source>
        <translation>Inlet konnte nicht prüfen, ob die Verbindung existiert, und hat sie daher nicht erneut gesendet. %1</translation>
    </message>
    <message>
        <source>The credentials could not be saved in the keychain: %1</source>
        <translation>Die Zugangsdaten konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Asking Platform to look into the source…</source>
        <translation>Platform wird gebeten, die Quelle zu untersuchen…</translation>
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation>Der Test ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>The connection works; the source has no tables or folders yet.</source>
        <translation>Die Verbindung funktioniert; die Quelle hat noch keine Tabellen oder Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found.</source>
        <translation>
            <numerusform>Die Verbindung funktioniert: %n Eintrag gefunden.</numerusform>
            <numerusform>Die Verbindung funktioniert: %n Einträge gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found; the first %1 are shown.</source>
        <translation>
            <numerusform>Die Verbindung funktioniert: %n Eintrag gefunden; die ersten %1 werden angezeigt.</numerusform>
            <numerusform>Die Verbindung funktioniert: %n Einträge gefunden; die ersten %1 werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select d&amp;ata &gt;</source>
        <translation>Daten a&amp;uswählen &gt;</translation>
    </message>
</context>
<context>
    <name>Inlet::ResumeOffer</name>
    <message>
        <source>Finish the dataflow &quot;%1&quot; saved %2?</source>
        <translation>Den am %2 gespeicherten Datenfluss „%1“ fertigstellen?</translation>
    </message>
    <message>
        <source>These objects exist for it on Platform:</source>
        <translation>Dafür existieren diese Objekte auf Platform:</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created; Continue on the Create page finds out before it creates anything.</source>
        <translation>Es ist nicht bekannt, ob %1 erstellt wurde; „Fortsetzen“ auf der Seite „Datenfluss erstellen“ findet es heraus, bevor etwas erstellt wird.</translation>
    </message>
    <message>
        <source>Resume shows it on the Create page, ready to continue. Later keeps it saved for your next sign-in. Discard forgets it.</source>
        <translation>„Wiederaufnehmen“ zeigt ihn auf der Seite „Datenfluss erstellen“, bereit zum Fortsetzen. „Später“ behält ihn für Ihre nächste Anmeldung gespeichert. „Verwerfen“ vergisst ihn.</translation>
    </message>
    <message>
        <source>Finish the Saved Dataflow?</source>
        <translation>Gespeicherten Datenfluss fertigstellen?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Wiederaufnehmen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Discard the saved dataflow &quot;%1&quot;?</source>
        <translation>Den gespeicherten Datenfluss „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Delete what it created on Platform too, or keep it there and only forget the saved setup:</source>
        <translation>Auch löschen, was dafür auf Platform erstellt wurde, oder es dort behalten und nur die gespeicherte Einrichtung vergessen:</translation>
    </message>
    <message>
        <source>&amp;Delete Them</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The mapping set &quot;%1&quot; (%2) stays: Platform cannot delete mapping sets, and one that no dataflow uses does nothing.</source>
        <translation>Das Mapping-Set „%1“ (%2) bleibt bestehen: Platform kann Mapping-Sets nicht löschen, und eines, das kein Datenfluss verwendet, bewirkt nichts.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created, so it cannot be deleted: Resume and Continue find out.</source>
        <translation>Es ist nicht bekannt, ob %1 erstellt wurde, daher kann es nicht gelöscht werden: „Wiederaufnehmen“ und dann „Fortsetzen“ finden es heraus.</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Discard the Saved Dataflow?</source>
        <translation>Gespeicherten Datenfluss verwerfen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved Dataflow Not Discarded</source>
        <translation>Gespeicherter Datenfluss nicht verworfen</translation>
    </message>
    <message>
        <source>The saved dataflow could not be discarded. %1</source>
        <translation>Der gespeicherte Datenfluss konnte nicht verworfen werden. %1</translation>
    </message>
    <message>
        <source>Deleting what &quot;%1&quot; created…</source>
        <translation>Was „%1“ erstellt hat, wird gelöscht…</translation>
    </message>
    <message>
        <source>Discard the Saved Dataflow</source>
        <translation>Gespeicherten Datenfluss verwerfen</translation>
    </message>
    <message>
        <source>Deleting what &quot;%1&quot; created failed. %2 The saved dataflow stays, listing what is left; Next offers it again.</source>
        <translation>Das Löschen dessen, was „%1“ erstellt hat, ist fehlgeschlagen. %2 Der gespeicherte Datenfluss bleibt erhalten und listet auf, was übrig ist; „Weiter“ bietet ihn erneut an.</translation>
    </message>
    <message>
        <source>The saved dataflow &quot;%1&quot; is discarded.</source>
        <translation>Der gespeicherte Datenfluss „%1“ ist verworfen.</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Gelöscht:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Beibehalten:</translation>
    </message>
    <message>
        <source>Saved Dataflow Discarded</source>
        <translation>Gespeicherter Datenfluss verworfen</translation>
    </message>
</context>
<context>
    <name>Inlet::RevealButton</name>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>Inlet::ReviewPage</name>
    <message>
        <source>&amp;Create connection</source>
        <translation>Verbindung &amp;erstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the connection before it is created. Secret values are masked here and replaced by placeholders such as &lt;code&gt;{PASSWORD}&lt;/code&gt; in the curl command, which you can copy to run or document the same request yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create connection&lt;/b&gt; sends the request to Platform. You cannot go back past this page afterwards, so a second click cannot create a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prüfen Sie die Verbindung, bevor sie erstellt wird. Geheime Werte sind hier maskiert und im curl-Befehl durch Platzhalter wie &lt;code&gt;{PASSWORD}&lt;/code&gt; ersetzt; Sie können den Befehl kopieren, um dieselbe Anfrage selbst auszuführen oder zu dokumentieren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verbindung erstellen&lt;/b&gt; sendet die Anfrage an Platform. Danach können Sie nicht mehr hinter diese Seite zurück, sodass ein zweiter Klick kein Duplikat erzeugen kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Remember credentials</source>
        <translation>Zugangsdaten merken</translation>
    </message>
    <message>
        <source>Yes, in the system keychain</source>
        <translation>Ja, im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Inlet::RunTableModel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>a duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Records failed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a duration in seconds (a unit symbol: no plural)</comment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Inlet::RunsPage</name>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Show the Spark config line</source>
        <translation>Zeile für die Spark-Konfiguration anzeigen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each run of the dataflow is listed here, newest first: its status, when it started, how long it took (or has taken so far), and how many records Platform read, wrote and could not ingest. Select a run to see its errors with their codes.&lt;/p&gt;&lt;p&gt;Inlet checks for news every few seconds while a run is queued or in progress, and less and less often once all runs have finished. &lt;b&gt;Refresh now&lt;/b&gt; checks at once. When a check fails, Inlet says why and tries again later, waiting longer each time.&lt;/p&gt;&lt;p&gt;A Databricks run that could not read the landing zone means the cluster&apos;s Spark config lacks the landing-zone line or holds a revoked token: &lt;b&gt;Show the Spark config line&lt;/b&gt; leads back to it. &lt;b&gt;Finish&lt;/b&gt; closes Inlet; the dataflow keeps running on its schedule.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier ist jede Ausführung des Datenflusses aufgeführt, die neueste zuerst: ihr Status, wann sie begann, wie lange sie gedauert hat (oder bisher dauert) und wie viele Datensätze Platform gelesen und geschrieben hat und wie viele es nicht aufnehmen konnte. Wählen Sie eine Ausführung aus, um ihre Fehler mit deren Codes zu sehen.&lt;/p&gt;&lt;p&gt;Inlet sieht alle paar Sekunden nach Neuigkeiten, solange eine Ausführung in der Warteschlange steht oder läuft, und immer seltener, sobald alle Ausführungen beendet sind. &lt;b&gt;Jetzt aktualisieren&lt;/b&gt; prüft sofort. Schlägt eine Prüfung fehl, nennt Inlet den Grund und versucht es später erneut, mit jedes Mal längerer Wartezeit.&lt;/p&gt;&lt;p&gt;Konnte eine Databricks-Ausführung die Landing Zone nicht lesen, fehlt der Spark-Konfiguration des Clusters die Landing-Zone-Zeile oder sie enthält ein widerrufenes Token: &lt;b&gt;Zeile für die Spark-Konfiguration anzeigen&lt;/b&gt; führt dorthin zurück. &lt;b&gt;Fertigstellen&lt;/b&gt; schließt Inlet; der Datenfluss läuft nach seinem Zeitplan weiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The dataflow&apos;s runs as Platform reports them, checked for news while this page is open.</source>
        <translation>Die Ausführungen des Datenflusses, wie Platform sie meldet; solange diese Seite geöffnet ist, wird regelmäßig nach Neuigkeiten gesehen.</translation>
    </message>
    <message>
        <source>No dataflow to watch yet: create one first.</source>
        <translation>Noch kein Datenfluss zum Verfolgen: Erstellen Sie zuerst einen.</translation>
    </message>
    <message numerus="yes">
        <source>Inlet could not check the runs. %1 It tries again in %n second(s).</source>
        <translation>
            <numerusform>Inlet konnte die Ausführungen nicht prüfen. %1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Inlet konnte die Ausführungen nicht prüfen. %1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run has started yet. Platform starts the first one at the scheduled time.</source>
        <translation>Noch hat keine Ausführung begonnen. Platform startet die erste zum geplanten Zeitpunkt.</translation>
    </message>
    <message>
        <source>Checking for runs…</source>
        <translation>Ausführungen werden abgefragt…</translation>
    </message>
    <message>
        <source>Last updated at %1.</source>
        <translation>Zuletzt aktualisiert um %1.</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s).</source>
        <translation>
            <numerusform>Nächste Prüfung in %n Sekunde.</numerusform>
            <numerusform>Nächste Prüfung in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::SchedulePage</name>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Choose a date or timestamp column</source>
        <translation>Datums- oder Zeitstempelspalte wählen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Name the dataflow; the objects Inlet creates for it are named after it. Choose &lt;b&gt;Once&lt;/b&gt; to read the source a single time, or how often the dataflow runs: Platform runs it at most every 15 minutes, and every hour, day or week at most once per interval.&lt;/p&gt;&lt;p&gt;The start is in your local time; Platform receives it in UTC. With &lt;b&gt;backfill&lt;/b&gt;, the first run also reads what the source held before the start.&lt;/p&gt;&lt;p&gt;A scheduled table source needs a &lt;b&gt;delta column&lt;/b&gt;, a date or timestamp column that each run compares with its time window to read only new rows. A table without one can only be read once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Error diagnostics&lt;/b&gt; keep the reason each rejected record failed. With &lt;b&gt;partial ingestion&lt;/b&gt;, a run succeeds while the share of failed records stays at or below the threshold; without it, one failed record fails the run.&lt;/p&gt;&lt;p&gt;For Databricks, Inlet checks that the landing-zone token in your cluster&apos;s Spark config is still valid for the first runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geben Sie dem Datenfluss einen Namen; die Objekte, die Inlet dafür erstellt, werden nach ihm benannt. Wählen Sie &lt;b&gt;Einmalig&lt;/b&gt;, um die Quelle ein einziges Mal zu lesen, oder wie oft der Datenfluss laufen soll: Platform führt ihn höchstens alle 15 Minuten aus, und bei Stunden, Tagen oder Wochen höchstens einmal pro Intervall.&lt;/p&gt;&lt;p&gt;Der Start wird in Ihrer Ortszeit angegeben; Platform erhält ihn in UTC. Mit &lt;b&gt;Backfill&lt;/b&gt; liest die erste Ausführung auch, was die Quelle vor dem Start enthielt.&lt;/p&gt;&lt;p&gt;Eine geplante Tabellenquelle braucht eine &lt;b&gt;Delta-Spalte&lt;/b&gt;: eine Datums- oder Zeitstempelspalte, die jede Ausführung mit ihrem Zeitfenster vergleicht, um nur neue Zeilen zu lesen. Eine Tabelle ohne eine solche Spalte kann nur einmal gelesen werden.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;Fehlerdiagnose&lt;/b&gt; bewahrt für jeden abgelehnten Datensatz den Grund auf, aus dem er fehlschlug. Mit &lt;b&gt;teilweiser Aufnahme&lt;/b&gt; ist eine Ausführung erfolgreich, solange der Anteil fehlerhafter Datensätze den Schwellenwert nicht überschreitet; ohne sie lässt ein einziger fehlerhafter Datensatz die Ausführung fehlschlagen.&lt;/p&gt;&lt;p&gt;Bei Databricks prüft Inlet, ob das Landing-Zone-Token in der Spark-Konfiguration Ihres Clusters für die ersten Ausführungen noch gültig ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Give the dataflow a name.</source>
        <translation>Geben Sie dem Datenfluss einen Namen.</translation>
    </message>
    <message>
        <source>%1 has no date or timestamp column, so no run could tell its new rows from those already read: it can only be read once. Choose Once.</source>
        <translation>%1 hat keine Datums- oder Zeitstempelspalte, daher könnte keine Ausführung neue Zeilen von bereits gelesenen unterscheiden: Es kann nur einmal gelesen werden. Wählen Sie „Einmalig“.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>No date or timestamp column</source>
        <translation>Keine Datums- oder Zeitstempelspalte</translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>Stunde</numerusform>
            <numerusform>Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Local time (%1); %2 UTC</source>
        <translation>Ortszeit (%1); %2 UTC</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inlet could not check when the landing-zone token expires. %1</source>
        <translation>Inlet konnte nicht prüfen, wann das Landing-Zone-Token abläuft. %1</translation>
    </message>
</context>
<context>
    <name>Inlet::ScheduleRules</name>
    <message numerus="yes">
        <source>Platform runs a dataflow at most every %n minute(s); choose an interval of at least %n.</source>
        <translation>
            <numerusform>Platform führt einen Datenfluss höchstens alle %n Minute aus; wählen Sie ein Intervall von mindestens %n.</numerusform>
            <numerusform>Platform führt einen Datenfluss höchstens alle %n Minuten aus; wählen Sie ein Intervall von mindestens %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose when the first run starts.</source>
        <translation>Wählen Sie, wann die erste Ausführung beginnt.</translation>
    </message>
    <message>
        <source>The start is more than one interval in the past and backfill is off, so the first runs would read nothing. Move the start, or turn backfill on.</source>
        <translation>Der Start liegt mehr als ein Intervall in der Vergangenheit und Backfill ist ausgeschaltet, daher würden die ersten Ausführungen nichts lesen. Verschieben Sie den Start oder schalten Sie Backfill ein.</translation>
    </message>
    <message>
        <source>A scheduled table source needs a delta column: the timestamp each run compares with its window to read only new rows.</source>
        <translation>Eine geplante Tabellenquelle braucht eine Delta-Spalte: den Zeitstempel, den jede Ausführung mit ihrem Zeitfenster vergleicht, um nur neue Zeilen zu lesen.</translation>
    </message>
    <message>
        <source>The partial-ingestion threshold is a percentage between 1 and 100.</source>
        <translation>Der Schwellenwert für die teilweise Aufnahme ist ein Prozentsatz zwischen 1 und 100.</translation>
    </message>
</context>
<context>
    <name>Inlet::SchemaTableModel</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Typ in der Quelle</translation>
    </message>
    <message>
        <source>XDM type</source>
        <translation>XDM-Typ</translation>
    </message>
</context>
<context>
    <name>Inlet::SecretEditor</name>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>Inlet::SecretStore</name>
    <message>
        <source>No saved secret was found in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems wurde kein gespeichertes Secret gefunden.</translation>
    </message>
    <message>
        <source>No system keychain is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again; until then Inlet cannot remember secrets.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar. Installieren und starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut; bis dahin kann sich Inlet keine Secrets merken.</translation>
    </message>
    <message numerus="yes">
        <source>This secret is too long to store in the system keychain (more than %n bytes).</source>
        <translation>
            <numerusform>Dieses Secret ist zu lang für den Schlüsselbund des Systems (mehr als %n Byte).</numerusform>
            <numerusform>Dieses Secret ist zu lang für den Schlüsselbund des Systems (mehr als %n Byte).</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it in the prompt it shows, or in your keyring manager (for example Passwords and Keys), then try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn in der angezeigten Abfrage oder in Ihrer Schlüsselbundverwaltung (zum Beispiel „Passwörter und Schlüssel“) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Try again and allow Inlet to use it, or go on without saving the secret.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Versuchen Sie es erneut und erlauben Sie Inlet den Zugriff, oder fahren Sie fort, ohne das Secret zu speichern.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: “%1”. Try again.</source>
        <translation>Der Schlüsselbund des Systems meldete einen Fehler: „%1“. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again.</source>
        <translation>Der Schlüsselbund des Systems meldete einen Fehler. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Inlet::SourceIconProxyModel</name>
    <message>
        <source>%1 (beta)</source>
        <translation>%1 (Beta)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Inlet::SourcePage</name>
    <message>
        <source>&lt;p&gt;Choose the system your data comes from. Type part of its name, category or description to filter the list; use the arrow keys to move and Enter to continue.&lt;/p&gt;&lt;p&gt;The list comes with Inlet and works offline. &lt;b&gt;Refresh from Platform&lt;/b&gt; asks Flow Service for its current connection specifications and adds any source Inlet does not know yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie das System, aus dem Ihre Daten stammen. Geben Sie einen Teil des Namens, der Kategorie oder der Beschreibung ein, um die Liste zu filtern; mit den Pfeiltasten wechseln Sie den Eintrag, mit der Eingabetaste geht es weiter.&lt;/p&gt;&lt;p&gt;Die Liste wird mit Inlet geliefert und funktioniert offline. &lt;b&gt;Von Platform aktualisieren&lt;/b&gt; fragt den Flow Service nach seinen aktuellen Connection Specs und ergänzt jede Quelle, die Inlet noch nicht kennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no source &quot;%1&quot;; choose one from the list.</source>
        <translation>Es gibt keine Quelle „%1“; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Documentation for %2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Dokumentation zu %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No source matches &quot;%1&quot;.</source>
        <translation>Keine Quelle passt zu „%1“.</translation>
    </message>
    <message>
        <source>Sign in on the previous page to refresh the list from Platform.</source>
        <translation>Melden Sie sich auf der vorherigen Seite an, um die Liste von Platform zu aktualisieren.</translation>
    </message>
    <message>
        <source>Asking Platform for its sources…</source>
        <translation>Platform wird nach seinen Quellen gefragt…</translation>
    </message>
    <message>
        <source>The list could not be refreshed; the sources Inlet knows are still here. %1</source>
        <translation>Die Liste konnte nicht aktualisiert werden; die Quellen, die Inlet kennt, sind weiterhin da. %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed; the sources Inlet knows are still here. Platform&apos;s answer was not a list of sources; try again later.</source>
        <translation>Die Liste konnte nicht aktualisiert werden; die Quellen, die Inlet kennt, sind weiterhin da. Die Antwort von Platform war keine Liste von Quellen; versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n source(s) from Platform.</source>
        <translation>
            <numerusform>%n Quelle von Platform aktualisiert.</numerusform>
            <numerusform>%n Quellen von Platform aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n specification(s) could not be read and were skipped.</source>
        <translation>
            <numerusform>%n Spezifikation konnte nicht gelesen werden und wurde übersprungen.</numerusform>
            <numerusform>%n Spezifikationen konnten nicht gelesen werden und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Adobe marks this source as beta.</source>
        <translation>Adobe kennzeichnet diese Quelle als Beta.</translation>
    </message>
</context>
<context>
    <name>Inlet::SparkConfigLine</name>
    <message>
        <source>The landing zone&apos;s container name &quot;%1&quot; is not a valid Azure container name.</source>
        <translation>Der Containername „%1“ der Landing Zone ist kein gültiger Azure-Containername.</translation>
    </message>
    <message>
        <source>The landing zone&apos;s storage account name &quot;%1&quot; is not a valid Azure storage account name.</source>
        <translation>Der Speicherkontoname „%1“ der Landing Zone ist kein gültiger Azure-Speicherkontoname.</translation>
    </message>
    <message>
        <source>Platform returned no SAS token. Refresh the credentials and try again.</source>
        <translation>Platform hat kein SAS-Token geliefert. Aktualisieren Sie die Zugangsdaten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The SAS token contains white space, so it was probably URL-decoded on the way. Fetch the credentials again instead of editing the token.</source>
        <translation>Das SAS-Token enthält Leerraum und wurde daher vermutlich unterwegs URL-dekodiert. Rufen Sie die Zugangsdaten erneut ab, statt das Token zu bearbeiten.</translation>
    </message>
    <message>
        <source>The SAS token contains &apos;+&apos;, so it was probably URL-decoded on the way (Azure needs %2B there). Fetch the credentials again instead of editing the token.</source>
        <translation>Das SAS-Token enthält „+“ und wurde daher vermutlich unterwegs URL-dekodiert (Azure erwartet dort %2B). Rufen Sie die Zugangsdaten erneut ab, statt das Token zu bearbeiten.</translation>
    </message>
    <message>
        <source>The SAS token has no signature (sig=). Fetch the credentials again.</source>
        <translation>Das SAS-Token hat keine Signatur (sig=). Rufen Sie die Zugangsdaten erneut ab.</translation>
    </message>
</context>
<context>
    <name>Inlet::TargetPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>The name it is listed under in Platform</source>
        <translation>Der Name, unter dem er in Platform aufgeführt wird</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose where the data goes in Platform. &lt;b&gt;An existing dataset&lt;/b&gt; keeps its schema: search by the dataset&apos;s name or its schema&apos;s title. &lt;b&gt;A new dataset on a schema&lt;/b&gt; is created with the dataflow, under the name you type, on the XDM schema you choose.&lt;/p&gt;&lt;p&gt;The fields of the schema are shown on the right: required fields and identities are marked, since the mapping on the next page must fill them.&lt;/p&gt;&lt;p&gt;If the schema cannot take the chosen table or file (a dataset without a schema, or a required field no column can fill), the reason is shown and &lt;b&gt;Next&lt;/b&gt; stays disabled: choose another dataset, or a new one on a schema that fits. A schema none of whose fields match a column by name can still be used; you then map every column yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie, wohin die Daten in Platform gehen. &lt;b&gt;Ein vorhandener Datensatz&lt;/b&gt; behält sein Schema: Suchen Sie nach dem Namen des Datensatzes oder dem Titel seines Schemas. &lt;b&gt;Ein neuer Datensatz auf einem Schema&lt;/b&gt; wird mit dem Datenfluss erstellt, unter dem Namen, den Sie eingeben, und auf dem XDM-Schema, das Sie wählen.&lt;/p&gt;&lt;p&gt;Die Felder des Schemas werden rechts angezeigt: Erforderliche Felder und Identitäten sind markiert, da die Zuordnung auf der nächsten Seite sie füllen muss.&lt;/p&gt;&lt;p&gt;Kann das Schema die gewählte Tabelle oder Datei nicht aufnehmen (ein Datensatz ohne Schema oder ein erforderliches Feld, das keine Spalte füllen kann), wird der Grund angezeigt und &lt;b&gt;Weiter&lt;/b&gt; bleibt deaktiviert: Wählen Sie einen anderen Datensatz oder einen neuen auf einem passenden Schema. Ein Schema, von dessen Feldern keines dem Namen nach zu einer Spalte passt, lässt sich trotzdem verwenden; Sie ordnen dann jede Spalte selbst zu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation>Zieldatensatz</translation>
    </message>
    <message>
        <source>There is no table or file to ingest yet. Go back and choose one on the Select data page.</source>
        <translation>Es gibt noch keine Tabelle oder Datei zum Aufnehmen. Gehen Sie zurück und wählen Sie eine auf der Seite „Daten auswählen“.</translation>
    </message>
    <message>
        <source>Where the data of %1 goes in Platform: a dataset that exists, or a new one on an XDM schema.</source>
        <translation>Wohin die Daten von %1 in Platform gehen: in einen vorhandenen Datensatz oder in einen neuen auf einem XDM-Schema.</translation>
    </message>
    <message>
        <source>Asking Platform for the sandbox&apos;s datasets and schemas…</source>
        <translation>Platform wird nach den Datensätzen und Schemas der Sandbox gefragt…</translation>
    </message>
    <message>
        <source>Stopped. Choose Retry to ask again.</source>
        <translation>Angehalten. Wählen Sie „Erneut versuchen“, um neu zu fragen.</translation>
    </message>
    <message>
        <source>The datasets and schemas could not be listed. %1</source>
        <translation>Die Datensätze und Schemas konnten nicht aufgelistet werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) in the sandbox %1.</source>
        <translation>
            <numerusform>%n Schema in der Sandbox %1.</numerusform>
            <numerusform>%n Schemas in der Sandbox %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Reading the fields of the schema “%1”…</source>
        <translation>Die Felder des Schemas „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>The fields of the schema “%1” could not be read. %2</source>
        <translation>Die Felder des Schemas „%1“ konnten nicht gelesen werden. %2</translation>
    </message>
    <message numerus="yes">
        <source>The schema “%1” has %n field(s).</source>
        <translation>
            <numerusform>Das Schema „%1“ hat %n Feld.</numerusform>
            <numerusform>Das Schema „%1“ hat %n Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the schema of the new dataset to see its fields.</source>
        <translation>Wählen Sie das Schema des neuen Datensatzes, um seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>A new dataset on the schema &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ein neuer Datensatz auf dem Schema &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, without an XDM schema.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, ohne XDM-Schema.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, on the schema &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, auf dem Schema &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose a dataset to see the fields of its schema.</source>
        <translation>Wählen Sie einen Datensatz, um die Felder seines Schemas zu sehen.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>primary identity</source>
        <translation>primäre Identität</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Choose another dataset, or a new dataset on a schema that fits.</source>
        <translation>Wählen Sie einen anderen Datensatz oder einen neuen Datensatz auf einem passenden Schema.</translation>
    </message>
</context>
<context>
    <name>Inlet::TokenProvider</name>
    <message>
        <source>The IMS token response has no access_token or expires_in.</source>
        <translation>Der IMS-Token-Antwort fehlt access_token oder expires_in.</translation>
    </message>
</context>
<context>
    <name>Inlet::WatchRuns</name>
    <message>
        <source>The Databricks cluster could not read the landing zone: its Spark config lacks the landing-zone line, or still holds a token that a refresh revoked. Copy the current line into the cluster&apos;s Spark config, restart the cluster, and the next run will read the data.</source>
        <translation>Der Databricks-Cluster konnte die Landing Zone nicht lesen: Seiner Spark-Konfiguration fehlt die Landing-Zone-Zeile, oder sie enthält noch ein Token, das beim Aktualisieren widerrufen wurde. Kopieren Sie die aktuelle Zeile in die Spark-Konfiguration des Clusters und starten Sie den Cluster neu; die nächste Ausführung liest dann die Daten.</translation>
    </message>
    <message>
        <source>The run failed without giving a reason.</source>
        <translation>Die Ausführung ist ohne Angabe eines Grundes fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Die Ausführung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be ingested; the others were.</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht aufgenommen werden; die übrigen schon.</numerusform>
            <numerusform>%n Datensätze konnten nicht aufgenommen werden; die übrigen schon.</numerusform>
        </translation>
    </message>
    <message>
        <source>The landing-zone token in the cluster&apos;s Spark config expires on %1, before the dataflow&apos;s next runs. Refresh the token before then and paste the new line into the cluster, or those runs will fail.</source>
        <translation>Das Landing-Zone-Token in der Spark-Konfiguration des Clusters läuft am %1 ab, vor den nächsten Ausführungen des Datenflusses. Aktualisieren Sie das Token vorher und fügen Sie die neue Zeile in den Cluster ein, sonst schlagen diese Ausführungen fehl.</translation>
    </message>
</context>
<context>
    <name>LandingZonePage</name>
    <message>
        <source>Give Databricks access to Platform&apos;s staging storage</source>
        <translation>Databricks Zugriff auf den Staging-Speicher von Platform geben</translation>
    </message>
    <message>
        <source>Platform stages Databricks data in its own Azure Blob Storage. Your cluster needs this line in its Spark config to reach it.</source>
        <translation>Platform legt Databricks-Daten in einem eigenen Azure Blob Storage ab. Ihr Cluster braucht diese Zeile in seiner Spark-Konfiguration, um darauf zuzugreifen.</translation>
    </message>
    <message>
        <source>In Databricks, open your cluster, choose &lt;b&gt;Advanced options&lt;/b&gt; and paste this line into the &lt;b&gt;Spark config&lt;/b&gt; box:</source>
        <translation>Öffnen Sie in Databricks Ihren Cluster, wählen Sie &lt;b&gt;Advanced options&lt;/b&gt; und fügen Sie diese Zeile in das Feld &lt;b&gt;Spark config&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Spark config &amp;line:</source>
        <translation>Zeile für die Spark-Kon&amp;figuration:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Show the SAS &amp;token</source>
        <translation>SAS-&amp;Token anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh credentials…</source>
        <translation>Zugangsdaten &amp;aktualisieren…</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;The cluster must be running while you create the connection and whenever you explore or preview data.&lt;/li&gt;&lt;li&gt;Do not modify the &lt;code&gt;adobe-managed-staging&lt;/code&gt; folder in the container.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Der Cluster muss laufen, während Sie die Verbindung erstellen und wann immer Sie Daten erkunden oder in der Vorschau ansehen.&lt;/li&gt;&lt;li&gt;Ändern Sie den Ordner &lt;code&gt;adobe-managed-staging&lt;/code&gt; im Container nicht.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>I &amp;added this line to my cluster&apos;s Spark config</source>
        <translation>Ich habe diese Zeile in die Spark-Konfiguration meines Clusters &amp;eingefügt</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>&amp;Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>Chec&amp;k with Platform</source>
        <translation>Mit Platform &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Reset to suggestions</source>
        <translation>Auf &amp;Vorschläge zurücksetzen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Pre&amp;view of the first rows as the schema receives them:</source>
        <translation>Vorschau der &amp;ersten Zeilen, wie das Schema sie erhält:</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>Vorschau &amp;anzeigen</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The interval must be at least 1.</source>
        <translation>Das Intervall muss mindestens 1 sein.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Connection &amp;ID:</source>
        <translation>Verbindungs-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>ETa&amp;g:</source>
        <translation>ETa&amp;g:</translation>
    </message>
    <message>
        <source>Cop&amp;y ETag</source>
        <translation>ETag k&amp;opieren</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check the details. Nothing is sent to Platform until you choose Create connection.</source>
        <translation>Prüfen Sie die Angaben. An Platform wird erst etwas gesendet, wenn Sie „Verbindung erstellen“ wählen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The same &amp;request as a curl command (secrets replaced by placeholders):</source>
        <translation>Dieselbe &amp;Anfrage als curl-Befehl (Secrets durch Platzhalter ersetzt):</translation>
    </message>
    <message>
        <source>Cop&amp;y command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Dataflow &amp;ID:</source>
        <translation>Datenfluss-&amp;ID:</translation>
    </message>
    <message>
        <source>R&amp;uns, newest first:</source>
        <translation>&amp;Ausführungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the Spark config &amp;line</source>
        <translation>Zei&amp;le für die Spark-Konfiguration anzeigen</translation>
    </message>
    <message>
        <source>&amp;Errors of the selected run:</source>
        <translation>F&amp;ehler der ausgewählten Ausführung:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Name the dataflow and choose when it reads the source.</source>
        <translation>Benennen Sie den Datenfluss und wählen Sie, wann er die Quelle liest.</translation>
    </message>
    <message>
        <source>Flow na&amp;me:</source>
        <translation>&amp;Name des Datenflusses:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>Hä&amp;ufigkeit:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>A&amp;lso read what the source held before the start (backfill)</source>
        <translation>Auch &amp;lesen, was die Quelle vor dem Start enthielt (Backfill)</translation>
    </message>
    <message>
        <source>Del&amp;ta column:</source>
        <translation>&amp;Delta-Spalte:</translation>
    </message>
    <message>
        <source>Collect &amp;error diagnostics for rejected records</source>
        <translation>F&amp;ehlerdiagnose für abgelehnte Datensätze erfassen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Allow &amp;partial ingestion</source>
        <translation>&amp;Teilweise Aufnahme zulassen</translation>
    </message>
    <message>
        <source>With partial ingestion, a run fails only when more than this share of its records fail.</source>
        <translation>Bei teilweiser Aufnahme schlägt eine Ausführung nur fehl, wenn mehr als dieser Anteil ihrer Datensätze fehlschlägt.</translation>
    </message>
    <message>
        <source>Failed records th&amp;reshold:</source>
        <translation>&amp;Fehlerschwelle:</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose a source</source>
        <translation>Quelle auswählen</translation>
    </message>
    <message>
        <source>Pick the system you want to bring data from. Type to filter the list.</source>
        <translation>Wählen Sie das System, aus dem Sie Daten übernehmen möchten. Tippen Sie, um die Liste zu filtern.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, category or description</source>
        <translation>Name, Kategorie oder Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Refresh from Platform</source>
        <translation>Von Platform &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Target dataset</source>
        <translation>Zieldatensatz</translation>
    </message>
    <message>
        <source>An e&amp;xisting dataset</source>
        <translation>Ein &amp;vorhandener Datensatz</translation>
    </message>
    <message>
        <source>A ne&amp;w dataset on a schema</source>
        <translation>Ein ne&amp;uer Datensatz auf einem Schema</translation>
    </message>
    <message>
        <source>&amp;Search datasets:</source>
        <translation>Datensätze &amp;suchen:</translation>
    </message>
    <message>
        <source>Type part of a name or schema</source>
        <translation>Teil eines Namens oder Schemas eingeben</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>&amp;Datensätze:</translation>
    </message>
    <message>
        <source>Dataset na&amp;me (required):</source>
        <translation>Datensatz&amp;name (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Search schemas:</source>
        <translation>Schemas &amp;suchen:</translation>
    </message>
    <message>
        <source>Type part of a title</source>
        <translation>Teil eines Titels eingeben</translation>
    </message>
    <message>
        <source>S&amp;chemas:</source>
        <translation>S&amp;chemas:</translation>
    </message>
    <message>
        <source>Schema fie&amp;lds:</source>
        <translation>Fe&amp;lder des Schemas:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
</TS>
