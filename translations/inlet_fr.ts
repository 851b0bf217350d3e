<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountPage</name>
    <message>
        <source>Platform account</source>
        <translation>Compte Platform</translation>
    </message>
    <message>
        <source>Sign in to the organization and sandbox where the connection will be created.</source>
        <translation>Connectez-vous à l’organisation et à la sandbox où la connexion sera créée.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Pick a saved profile, or type a new name to save these settings under it.</source>
        <translation>Choisissez un profil enregistré, ou saisissez un nouveau nom pour y enregistrer ces paramètres.</translation>
    </message>
    <message>
        <source>&amp;Organization ID (required):</source>
        <translation>ID d’&amp;organisation (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sandbox (required):</source>
        <translation>Sand&amp;box (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client ID (required):</source>
        <translation>ID &amp;client (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>The API key of your Adobe Developer Console project; sent as x-api-key.</source>
        <translation>La clé d’API de votre projet Adobe Developer Console&#x202f;; elle est envoyée comme x-api-key.</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Secr&amp;et client</translation>
    </message>
    <message>
        <source>Pasted &amp;access token</source>
        <translation>&amp;Jeton d’accès collé</translation>
    </message>
    <message>
        <source>Client secre&amp;t (required):</source>
        <translation>Secret c&amp;lient (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Mémoriser le secret dans le trousseau du système</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>&amp;URL de Platform&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation>URL &amp;IMS&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Paramètres proxy du système</translation>
    </message>
    <message>
        <source>Leave empty to use the system&apos;s proxy settings, or enter http://host:port.</source>
        <translation>Laissez vide pour utiliser les paramètres proxy du système, ou saisissez http://hôte:port.</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Connection na&amp;me (required):</source>
        <translation>&amp;Nom de la connexion (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description (optional):</source>
        <translation>&amp;Description (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember credentials in the system keychain</source>
        <translation>&amp;Mémoriser les identifiants dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>DataflowPage</name>
    <message>
        <source>Create the dataflow</source>
        <translation>Créer le flux de données</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Delete what was created</source>
        <translation>Supp&amp;rimer ce qui a été créé</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Enregistrer pour &amp;finir plus tard</translation>
    </message>
</context>
<context>
    <name>DataflowReviewPage</name>
    <message>
        <source>Review the dataflow</source>
        <translation>Vérifier le flux de données</translation>
    </message>
    <message>
        <source>Check the details. Nothing is sent to Platform until you choose Create.</source>
        <translation>Vérifiez les informations. Rien n’est envoyé à Platform tant que vous n’avez pas choisi «&#xa0;Créer&#xa0;».</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The requests Create sends, in this order, as curl commands. Placeholders stand for your access token and for the IDs Platform answers with:</source>
        <translation>Les requêtes qu’envoie «&#xa0;Créer&#xa0;», dans cet ordre, sous forme de commandes curl. Des espaces réservés remplacent votre jeton d’accès et les ID que renvoie Platform&#xa0;:</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copier to&amp;ut</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>ExistingConnectionsPage</name>
    <message>
        <source>Existing connections</source>
        <translation>Connexions existantes</translation>
    </message>
    <message>
        <source>Reuse a connection this sandbox already has, or create a new one.</source>
        <translation>Réutilisez une connexion que cette sandbox possède déjà, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Create a new connection</source>
        <translation>&amp;Créer une nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;Use the connection selected below</source>
        <translation>&amp;Utiliser la connexion sélectionnée ci-dessous</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Select data</source>
        <translation>Sélectionner les données</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Saisissez une partie d’un nom</translation>
    </message>
    <message>
        <source>&amp;Tables and files:</source>
        <translation>Ta&amp;bles et fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>File t&amp;ype:</source>
        <translation>T&amp;ype de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Séparateur de colo&amp;nnes&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Co&amp;mpression&#xa0;:</translation>
    </message>
    <message>
        <source>Read fi&amp;le</source>
        <translation>&amp;Lire le fichier</translation>
    </message>
    <message>
        <source>S&amp;chema</source>
        <translation>S&amp;chéma</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Interr&amp;ompre</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Detail&amp;s</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
</context>
<context>
    <name>Inlet::AccountPage</name>
    <message>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet signs in to Adobe Experience Platform with the OAuth Server-to-Server credential of an Adobe Developer Console project that has the Experience Platform API added.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Organization ID&lt;/b&gt; ends in &lt;code&gt;@AdobeOrg&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sandbox&lt;/b&gt; is the lower-case sandbox name, &lt;code&gt;prod&lt;/code&gt; by default.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Client ID&lt;/b&gt; is the project&apos;s API key; &lt;b&gt;client secret&lt;/b&gt; is its secret. You may instead paste an access token you got elsewhere; it expires after 24 hours.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The secret is kept in your system keychain, never in a file. &lt;b&gt;Advanced&lt;/b&gt; changes the Platform and IMS addresses, the OAuth scopes and the proxy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet se connecte à Adobe Experience Platform avec l’identifiant OAuth Server-to-Server d’un projet Adobe Developer Console auquel l’API Experience Platform a été ajoutée.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;L’&lt;b&gt;ID d’organisation&lt;/b&gt; se termine par &lt;code&gt;@AdobeOrg&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sandbox&lt;/b&gt; est le nom de la sandbox en minuscules, &lt;code&gt;prod&lt;/code&gt; par défaut.&lt;/li&gt;&lt;li&gt;L’&lt;b&gt;ID client&lt;/b&gt; est la clé d’API du projet&#x202f;; le &lt;b&gt;secret client&lt;/b&gt; est son secret. Vous pouvez aussi coller un jeton d’accès obtenu ailleurs&#x202f;; il expire au bout de 24 heures.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Le secret est conservé dans le trousseau de votre système, jamais dans un fichier. &lt;b&gt;Paramètres avancés&lt;/b&gt; permet de modifier les adresses de Platform et d’IMS, les portées OAuth et le proxy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Access &amp;token (required):</source>
        <translation>Je&amp;ton d’accès (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Client secre&amp;t (required):</source>
        <translation>Secret c&amp;lient (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Afficher le jeton d’accès</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>Enter the organization ID.</source>
        <translation>Saisissez l’ID d’organisation.</translation>
    </message>
    <message>
        <source>The organization ID must look like 0123456789ABCDEF01234567@AdobeOrg.</source>
        <translation>L’ID d’organisation doit avoir la forme 0123456789ABCDEF01234567@AdobeOrg.</translation>
    </message>
    <message>
        <source>The sandbox name uses lower-case letters, digits and hyphens, for example prod.</source>
        <translation>Le nom de la sandbox se compose de minuscules, de chiffres et de tirets, par exemple prod.</translation>
    </message>
    <message>
        <source>Enter the client ID (API key) of your Developer Console project.</source>
        <translation>Saisissez l’ID client (la clé d’API) de votre projet Developer Console.</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Collez un jeton d’accès.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>%1 must be a web address such as https://platform.adobe.io.</source>
        <translation>%1 doit être une adresse web, par exemple https://platform.adobe.io.</translation>
    </message>
    <message>
        <source>The proxy must be a web address such as http://proxy.example.com:3128, or empty.</source>
        <translation>Le proxy doit être une adresse web, par exemple http://proxy.example.com:3128, ou rester vide.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signed in to %1, sandbox %2.</source>
        <translation>Connecté à %1, sandbox %2.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the proxy address: Inlet does not store proxy credentials. Leave the field empty to use the system proxy, which may carry them.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’adresse du proxy&#xa0;: Inlet n’enregistre pas d’identifiants de proxy. Laissez le champ vide pour utiliser le proxy du système, qui peut les contenir.</translation>
    </message>
    <message>
        <source>Send the Saved Secret to a New Address?</source>
        <translation>Envoyer le secret enregistré à une nouvelle adresse&#xa0;?</translation>
    </message>
    <message>
        <source>The profile “%1” and its secret were saved for:
IMS: %2
Platform: %3

This sign-in would send the secret to:
IMS: %4
Platform: %5

Continue only if you trust the new address. If signing in works, the profile keeps it.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» et son secret ont été enregistrés pour&#xa0;:
IMS&#xa0;: %2
Platform&#xa0;: %3

Cette connexion enverrait le secret à&#xa0;:
IMS&#xa0;: %4
Platform&#xa0;: %5

Continuez uniquement si vous faites confiance à la nouvelle adresse. Si la connexion réussit, le profil la conserve.</translation>
    </message>
    <message>
        <source>Use the New Address</source>
        <translation>Utiliser la nouvelle adresse</translation>
    </message>
    <message>
        <source>Sign In at a Non-Adobe Address?</source>
        <translation>Se connecter à une adresse qui n’est pas d’Adobe&#xa0;?</translation>
    </message>
    <message>
        <source>Signing in sends your secret to addresses that are not Adobe&apos;s:
IMS: %1
Platform: %2

Continue only if you trust this server. You will not be asked again for this profile.</source>
        <translation>La connexion envoie votre secret à des adresses qui ne sont pas celles d’Adobe&#xa0;:
IMS&#xa0;: %1
Platform&#xa0;: %2

Continuez uniquement si vous faites confiance à ce serveur. La question ne sera plus posée pour ce profil.</translation>
    </message>
    <message>
        <source>Sign In There</source>
        <translation>S’y connecter</translation>
    </message>
    <message>
        <source>Confirm the address before the secret is sent.</source>
        <translation>Confirmez l’adresse avant l’envoi du secret.</translation>
    </message>
    <message>
        <source>Signed in, but the profile could not be saved: %1 Click Next to go on without saving it.</source>
        <translation>Connecté, mais le profil n’a pas pu être enregistré&#xa0;: %1 Cliquez sur Suivant pour continuer sans l’enregistrer.</translation>
    </message>
    <message>
        <source>Signed in, but the secret could not be saved: %1 You will need to enter it again next time. Click Next to go on.</source>
        <translation>Connecté, mais le secret n’a pas pu être enregistré&#xa0;: %1 Vous devrez le saisir à nouveau la prochaine fois. Cliquez sur Suivant pour continuer.</translation>
    </message>
</context>
<context>
    <name>Inlet::AutoMapping</name>
    <message>
        <source>The dataset has no XDM schema, so mapped data cannot be written to it.</source>
        <translation>Le jeu de données n’a pas de schéma XDM&#xa0;; les données mappées ne peuvent donc pas y être écrites.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; requires the field &quot;%2&quot; (%3), and no column of the source can fill it.</source>
        <translation>Le schéma «&#xa0;%1&#xa0;» exige le champ «&#xa0;%2&#xa0;» (%3), et aucune colonne de la source ne peut le remplir.</translation>
    </message>
    <message>
        <source>No column of the source matches a field of &quot;%1&quot; by name; every column would be mapped by hand.</source>
        <translation>Aucune colonne de la source ne correspond par son nom à un champ de «&#xa0;%1&#xa0;»&#xa0;; chaque colonne devrait être mappée à la main.</translation>
    </message>
</context>
<context>
    <name>Inlet::CatalogParser</name>
    <message>
        <source>Catalog entry %1 is not a JSON object; it was skipped.</source>
        <translation>L’entrée %1 du catalogue n’est pas un objet JSON&#x202f;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>Connection spec %1 has no “id”; it was skipped.</source>
        <translation>La connection spec %1 n’a pas d’«&#xa0;id&#xa0;»&#x202f;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Connection spec %1 (%2)</source>
        <translation>Connection spec %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the id may only contain letters, digits, “.”, “_” and “-”; the spec was skipped.</source>
        <translation>%1&#xa0;: l’id ne peut contenir que des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»&#x202f;; la spec a été ignorée.</translation>
    </message>
    <message>
        <source>%1: “authSpec” is not a list; the spec was skipped.</source>
        <translation>%1&#xa0;: «&#xa0;authSpec&#xa0;» n’est pas une liste&#x202f;; la spec a été ignorée.</translation>
    </message>
    <message>
        <source>the auth spec name %1 appears twice</source>
        <translation>le nom d’auth spec %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>auth spec %1</source>
        <translation>auth spec %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; it was skipped.</source>
        <translation>%1, %2&#xa0;: %3&#x202f;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>%1 has no usable authentication spec; it was skipped.</source>
        <translation>%1 n’a aucune spec d’authentification utilisable&#x202f;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>it has no “name”</source>
        <translation>il n’a pas de «&#xa0;name&#xa0;»</translation>
    </message>
    <message>
        <source>“type” must be text</source>
        <translation>«&#xa0;type&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>it has no “spec” schema object</source>
        <translation>il n’a pas d’objet de schéma «&#xa0;spec&#xa0;»</translation>
    </message>
    <message>
        <source>the schema’s “type” must be “object”</source>
        <translation>le «&#xa0;type&#xa0;» du schéma doit être «&#xa0;object&#xa0;»</translation>
    </message>
    <message>
        <source>“properties” must be an object</source>
        <translation>«&#xa0;properties&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>“required” must be a list of property names</source>
        <translation>«&#xa0;required&#xa0;» doit être une liste de noms de propriétés</translation>
    </message>
    <message>
        <source>“required” names %1, which is not a property</source>
        <translation>«&#xa0;required&#xa0;» cite %1, qui n’est pas une propriété</translation>
    </message>
    <message>
        <source>property %1: %2</source>
        <translation>propriété %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the property name is empty</source>
        <translation>le nom de la propriété est vide</translation>
    </message>
    <message>
        <source>a list of several types is not supported</source>
        <translation>une liste de plusieurs types n’est pas prise en charge</translation>
    </message>
    <message>
        <source>type %1 is not supported (string, integer, number or boolean)</source>
        <translation>le type %1 n’est pas pris en charge (string, integer, number ou boolean)</translation>
    </message>
    <message>
        <source>“format”: “password” needs “type”: “string”</source>
        <translation>«&#xa0;format&#xa0;»&#xa0;: «&#xa0;password&#xa0;» exige «&#xa0;type&#xa0;»&#xa0;: «&#xa0;string&#xa0;»</translation>
    </message>
    <message>
        <source>“examples” must be a list</source>
        <translation>«&#xa0;examples&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>“enum” must be a non-empty list</source>
        <translation>«&#xa0;enum&#xa0;» doit être une liste non vide</translation>
    </message>
    <message>
        <source>an “enum” value is not of type %1</source>
        <translation>une valeur d’«&#xa0;enum&#xa0;» n’est pas de type %1</translation>
    </message>
    <message>
        <source>the pattern does not compile (%1 at position %2)</source>
        <translation>le motif ne se compile pas (%1 à la position %2)</translation>
    </message>
    <message>
        <source>“minLength” is greater than “maxLength”</source>
        <translation>«&#xa0;minLength&#xa0;» est supérieur à «&#xa0;maxLength&#xa0;»</translation>
    </message>
    <message>
        <source>“minimum” is greater than “maximum”</source>
        <translation>«&#xa0;minimum&#xa0;» est supérieur à «&#xa0;maximum&#xa0;»</translation>
    </message>
    <message>
        <source>the default value is not of type %1</source>
        <translation>la valeur par défaut n’est pas de type %1</translation>
    </message>
    <message>
        <source>the default value is not one of the “enum” values</source>
        <translation>la valeur par défaut ne fait pas partie des valeurs d’«&#xa0;enum&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 doit être du texte</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more</source>
        <translation>%1 doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>The connection-spec list is not valid JSON: %1 (at byte %2).</source>
        <translation>La liste des connection specs n’est pas un JSON valide&#xa0;: %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The connection-spec list must be a JSON object with an “items” list.</source>
        <translation>La liste des connection specs doit être un objet JSON contenant une liste «&#xa0;items&#xa0;».</translation>
    </message>
    <message>
        <source>The connection-spec list’s “items” is not a list.</source>
        <translation>Le champ «&#xa0;items&#xa0;» de la liste des connection specs n’est pas une liste.</translation>
    </message>
    <message>
        <source>The connection-spec list has no “items”.</source>
        <translation>La liste des connection specs n’a pas de «&#xa0;items&#xa0;».</translation>
    </message>
    <message>
        <source>The connection-spec list is not valid JSON: %1.</source>
        <translation>La liste des connection specs n’est pas un JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“format”: “uri” needs “type”: “string”</source>
        <translation>«&#xa0;format&#xa0;»&#xa0;: «&#xa0;uri&#xa0;» exige «&#xa0;type&#xa0;»&#xa0;: «&#xa0;string&#xa0;»</translation>
    </message>
    <message>
        <source>“contentEncoding” %1 is not supported (base64)</source>
        <translation>«&#xa0;contentEncoding&#xa0;» %1 n’est pas pris en charge (base64)</translation>
    </message>
    <message>
        <source>a file’s content needs “type”: “string”</source>
        <translation>le contenu d’un fichier exige «&#xa0;type&#xa0;»&#xa0;: «&#xa0;string&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Inlet::Categories</name>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Stockage cloud</translation>
    </message>
    <message>
        <source>Consent and preferences</source>
        <translation>Consentement et préférences</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Réussite client</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation>Automatisation marketing</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
</context>
<context>
    <name>Inlet::ChoiceEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>Inlet::CommandLine</name>
    <message>
        <source>Connect data sources to Adobe Experience Platform.</source>
        <translation>Connecter des sources de données à Adobe Experience Platform.</translation>
    </message>
    <message>
        <source>Start with the saved Platform profile &lt;name&gt;.</source>
        <translation>Démarrer avec le profil Platform enregistré &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>Preselect the source with this connection spec id or name.</source>
        <translation>Présélectionner la source ayant cet id de connection spec ou ce nom.</translation>
    </message>
    <message>
        <source>Base URL of the Platform API (default https://platform.adobe.io).</source>
        <translation>URL de base de l’API Platform (par défaut https://platform.adobe.io).</translation>
    </message>
    <message>
        <source>Base URL of Adobe IMS (default https://ims-na1.adobelogin.com).</source>
        <translation>URL de base d’Adobe IMS (par défaut https://ims-na1.adobelogin.com).</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de or ja.</source>
        <translation>Utiliser cette langue au lieu de celle du système, par exemple de ou ja.</translation>
    </message>
    <message>
        <source>name</source>
        <comment>value of --profile in --help</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>spec</source>
        <comment>value of --source in --help</comment>
        <translation>spec</translation>
    </message>
    <message>
        <source>url</source>
        <comment>value of --platform-url and --ims-url in --help</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>code</source>
        <comment>value of --language in --help</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>After signing in, watch the runs of the dataflow with this id.</source>
        <translation>Après la connexion, suivre les exécutions du flux de données ayant cet id.</translation>
    </message>
    <message>
        <source>id</source>
        <comment>value of --flow in --help</comment>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>Inlet::CreateConnection</name>
    <message>
        <source>Inlet could not check whether &quot;%1&quot; was created: %2 Try again looks before it sends anything.</source>
        <translation>Inlet n’a pas pu vérifier si «&#xa0;%1&#xa0;» a été créée&#xa0;: %2 Réessayer vérifie avant d’envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Platform created &quot;%1&quot; before the cancel took effect (ID %2). Try again uses it; nothing is sent a second time.</source>
        <translation>Platform a créé «&#xa0;%1&#xa0;» avant que l’annulation ne prenne effet (ID %2). Réessayer l’utilise&#xa0;; rien n’est envoyé une seconde fois.</translation>
    </message>
    <message>
        <source>Inlet checked after the cancel: no connection &quot;%1&quot; exists so far. Try again looks once more before it sends anything.</source>
        <translation>Inlet a vérifié après l’annulation&#xa0;: aucune connexion «&#xa0;%1&#xa0;» n’existe pour l’instant. Réessayer vérifie encore avant d’envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the connection was created meanwhile: ID %1. Inlet did not create it a second time.</source>
        <translation>La réponse à la requête a été perdue, mais la connexion a entre-temps été créée&#xa0;: ID %1. Inlet ne l’a pas créée une seconde fois.</translation>
    </message>
    <message>
        <source>The connection was not created. It is safe to try again.</source>
        <translation>La connexion n’a pas été créée. Vous pouvez réessayer sans risque.</translation>
    </message>
    <message>
        <source>Inlet could not find out whether the connection was created. Try again looks for it before it sends anything.</source>
        <translation>Inlet n’a pas pu déterminer si la connexion a été créée. «&#xa0;Réessayer&#xa0;» la cherche avant d’envoyer quoi que ce soit.</translation>
    </message>
</context>
<context>
    <name>Inlet::CreateDataflow</name>
    <message>
        <source>the flow spec</source>
        <translation>la flow spec</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>le jeu de données</translation>
    </message>
    <message>
        <source>the source connection</source>
        <translation>la connexion source</translation>
    </message>
    <message>
        <source>the target connection</source>
        <translation>la connexion cible</translation>
    </message>
    <message>
        <source>the mapping set</source>
        <translation>le mapping set</translation>
    </message>
    <message>
        <source>the dataflow</source>
        <translation>le flux de données</translation>
    </message>
    <message>
        <source>Platform has no flow spec &quot;%1&quot;, so it cannot create a dataflow for this source.</source>
        <translation>Platform n’a pas de flow spec «&#xa0;%1&#xa0;»&#xa0;; il ne peut donc pas créer de flux de données pour cette source.</translation>
    </message>
    <message>
        <source>The flow spec &quot;%1&quot; does not accept this source&apos;s connection spec (%2), so Platform cannot create a dataflow for it. Nothing was created.</source>
        <translation>La flow spec «&#xa0;%1&#xa0;» n’accepte pas la connection spec de cette source (%2)&#xa0;; Platform ne peut donc pas créer de flux de données pour elle. Rien n’a été créé.</translation>
    </message>
    <message>
        <source>%1 was not created.</source>
        <translation>%1&#xa0;: création non effectuée.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created; Continue looks for it before it sends anything.</source>
        <translation>On ne sait pas si %1 existe désormais&#xa0;; Continuer le vérifie avant d’envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>%1 was not created; Continue sends it again.</source>
        <translation>%1&#xa0;: création non effectuée&#xa0;; Continuer renvoie la requête.</translation>
    </message>
    <message>
        <source>Mapping set %1 (%2): Platform offers no way to delete mapping sets; one that no dataflow uses does nothing.</source>
        <translation>Mapping set %1 (%2)&#xa0;: Platform ne permet pas de supprimer les mapping sets&#xa0;; un mapping set qu’aucun flux de données n’utilise est sans effet.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
</context>
<context>
    <name>Inlet::CredentialForm</name>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentification&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>Fichiers de clé JSON (*.json)&#xa0;;;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Key files (*.p8 *.pem *.key *.ppk);;All files (*)</source>
        <translation>Fichiers de clé (*.p8 *.pem *.key *.ppk)&#xa0;;;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Charger %1</translation>
    </message>
</context>
<context>
    <name>Inlet::CredentialsPage</name>
    <message>
        <source>&lt;p&gt;These are the credentials Platform uses to reach %1. The fields come from the source&apos;s credential table; hover over a field for its description.&lt;/p&gt;&lt;p&gt;Secret fields are hidden while you type; the eye button shows them. With &lt;b&gt;Remember credentials in the system keychain&lt;/b&gt;, Inlet keeps the secrets in your keychain (never in a file) under the new connection&apos;s ID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voici les identifiants que Platform utilise pour accéder à %1. Les champs proviennent de la table d’identifiants de la source&#x202f;; survolez un champ pour afficher sa description.&lt;/p&gt;&lt;p&gt;Les champs secrets restent masqués pendant la saisie&#x202f;; le bouton en forme d’œil les affiche. Avec &lt;b&gt;Mémoriser les identifiants dans le trousseau du système&lt;/b&gt;, Inlet conserve les secrets dans votre trousseau (jamais dans un fichier) sous l’ID de la nouvelle connexion.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>Identifiants pour %1</translation>
    </message>
    <message>
        <source>Platform uses these to reach %1. Secrets stay masked and go only to Platform and your keychain.</source>
        <translation>Platform les utilise pour accéder à %1. Les secrets restent masqués et ne sont transmis qu’à Platform et à votre trousseau.</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>Connexion %1</translation>
    </message>
    <message>
        <source>You can still create the connection; the credentials just will not be remembered.</source>
        <translation>Vous pouvez tout de même créer la connexion&#x202f;; les identifiants ne seront simplement pas mémorisés.</translation>
    </message>
    <message>
        <source>Source credentials</source>
        <translation>Identifiants de la source</translation>
    </message>
    <message>
        <source>Base connection to %1, created with Inlet</source>
        <translation>Connexion de base vers %1, créée avec Inlet</translation>
    </message>
    <message>
        <source>What you typed could not be kept in case Inlet closes unexpectedly: %1</source>
        <translation>Ce que vous avez saisi n’a pas pu être conservé en cas de fermeture inattendue d’Inlet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowJson</name>
    <message>
        <source>The response is not a JSON array.</source>
        <translation>La réponse n’est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La réponse n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The response does not name the new dataset.</source>
        <translation>La réponse ne nomme pas le nouveau jeu de données.</translation>
    </message>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>La réponse ne contient pas de tableau «&#xa0;results&#xa0;».</translation>
    </message>
    <message>
        <source>The schema has no $id or no resolved properties.</source>
        <translation>Le schéma n’a pas de $id ou pas de propriétés résolues.</translation>
    </message>
    <message>
        <source>The response has no &quot;validationResponse&quot; array.</source>
        <translation>La réponse ne contient pas de tableau «&#xa0;validationResponse&#xa0;».</translation>
    </message>
    <message>
        <source>The response has no mapping set id.</source>
        <translation>La réponse ne contient pas d’ID de mapping set.</translation>
    </message>
    <message>
        <source>The response has no &quot;items&quot; array.</source>
        <translation>La réponse ne contient pas de tableau «&#xa0;items&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowPage</name>
    <message>
        <source>Flow spec</source>
        <translation>Flow spec</translation>
    </message>
    <message>
        <source>Flow spec ID</source>
        <translation>ID de la flow spec</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>ID du jeu de données</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Connexion source</translation>
    </message>
    <message>
        <source>Source connection ID</source>
        <translation>ID de la connexion source</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>Connexion cible</translation>
    </message>
    <message>
        <source>Target connection ID</source>
        <translation>ID de la connexion cible</translation>
    </message>
    <message>
        <source>Mapping set</source>
        <translation>Mapping set</translation>
    </message>
    <message>
        <source>Mapping set ID</source>
        <translation>ID du mapping set</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>Dataflow ID</source>
        <translation>ID du flux de données</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet creates the dataflow on Platform, each object once: it checks that the flow spec accepts the source, then creates the dataset (when you chose a new one), the source connection, the target connection, the mapping set and the dataflow itself. Each step shows its state and, once done, the new object&apos;s ID.&lt;/p&gt;&lt;p&gt;If a step fails, the page names it and keeps everything you chose. &lt;b&gt;Continue&lt;/b&gt; goes on from that step; when Platform&apos;s answer was lost, it first looks whether the object was created, so nothing is created twice. &lt;b&gt;Delete what was created&lt;/b&gt; lists the objects made so far and removes them once you confirm; mapping sets stay, as Platform cannot delete them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; interrupts the work; Continue picks it up again. &lt;b&gt;Next&lt;/b&gt; shows the dataflow&apos;s runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet crée le flux de données dans Platform, chaque objet une seule fois&#xa0;: il vérifie que la flow spec accepte la source, puis crée le jeu de données (si vous en avez choisi un nouveau), la connexion source, la connexion cible, le mapping set et le flux de données lui-même. Chaque étape affiche son état et, une fois terminée, l’ID du nouvel objet.&lt;/p&gt;&lt;p&gt;Si une étape échoue, la page l’indique et conserve tous vos choix. &lt;b&gt;Continuer&lt;/b&gt; reprend à partir de cette étape&#xa0;; si la réponse de Platform a été perdue, il vérifie d’abord si l’objet a été créé, afin que rien ne soit créé deux fois. &lt;b&gt;Supprimer ce qui a été créé&lt;/b&gt; liste les objets créés jusque-là et les supprime après votre confirmation&#xa0;; les mapping sets restent, car Platform ne peut pas les supprimer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Arrêter&lt;/b&gt; interrompt le travail&#xa0;; Continuer le reprend. &lt;b&gt;Suivant&lt;/b&gt; affiche les exécutions du flux de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inlet creates the dataflow &quot;%1&quot; on Platform, each object once.</source>
        <translation>Inlet crée le flux de données «&#xa0;%1&#xa0;» dans Platform, chaque objet une seule fois.</translation>
    </message>
    <message>
        <source>Checking whether %1 was created meanwhile…</source>
        <translation>Inlet vérifie si %1 existe désormais…</translation>
    </message>
    <message>
        <source>Creating the dataflow &quot;%1&quot;…</source>
        <translation>Création du flux de données «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Checking the flow spec failed.</source>
        <translation>La vérification de la flow spec a échoué.</translation>
    </message>
    <message>
        <source>Creating %1 failed.</source>
        <translation>Échec de la création&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The dataflow &quot;%1&quot; was created. Next shows its runs.</source>
        <translation>Le flux de données «&#xa0;%1&#xa0;» a été créé. Suivant affiche ses exécutions.</translation>
    </message>
    <message>
        <source>Delete these objects from Platform? What you chose in Inlet stays, so Continue can create them again.</source>
        <translation>Supprimer ces objets de Platform&#xa0;? Vos choix dans Inlet sont conservés&#xa0;; Continuer peut donc les recréer.</translation>
    </message>
    <message>
        <source>The mapping set &quot;%1&quot; (%2) stays: Platform cannot delete mapping sets, and one that no dataflow uses does nothing.</source>
        <translation>Le mapping set «&#xa0;%1&#xa0;» (%2) reste&#xa0;: Platform ne peut pas supprimer les mapping sets, et un mapping set qu’aucun flux de données n’utilise est sans effet.</translation>
    </message>
    <message>
        <source>Delete What Was Created?</source>
        <translation>Supprimer ce qui a été créé&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting what was created…</source>
        <translation>Suppression de ce qui a été créé…</translation>
    </message>
    <message>
        <source>Deleting failed. %1 The objects still listed above remain; Delete what was created tries again.</source>
        <translation>La suppression a échoué. %1 Les objets encore listés ci-dessus subsistent&#xa0;; «&#xa0;Supprimer ce qui a été créé&#xa0;» réessaie.</translation>
    </message>
    <message>
        <source>What was created is deleted. Continue creates the dataflow again from what you chose.</source>
        <translation>Ce qui avait été créé est supprimé. Continuer recrée le flux de données à partir de vos choix.</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Supprimés&#xa0;:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservés&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not known whether created</source>
        <translation>Création incertaine</translation>
    </message>
    <message>
        <source>Dataflow &quot;%1&quot; (%2)</source>
        <translation>Flux de données «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Target connection &quot;%1&quot; (%2)</source>
        <translation>Connexion cible «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Source connection &quot;%1&quot; (%2)</source>
        <translation>Connexion source «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; (%2)</source>
        <translation>Jeu de données «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save and finish later&lt;/b&gt; keeps your choices and the IDs of what exists on this computer, without any secret, so that you can close Inlet. When you sign in again with the same profile, Inlet offers to resume the dataflow where it stopped. Closing Inlet before the dataflow is finished asks whether to keep what was created that way, to delete it, or to go back.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Back&lt;/b&gt; returns to the review, to change your choices, only while nothing exists on Platform: otherwise what was made for the earlier choices would be left behind. Delete what was created first, or Continue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Enregistrer pour finir plus tard&lt;/b&gt; conserve sur cet ordinateur vos choix et les ID de ce qui existe, sans aucun secret, afin que vous puissiez fermer Inlet. Lorsque vous vous reconnectez avec le même profil, Inlet propose de reprendre le flux de données là où il s’est arrêté. Si vous fermez Inlet avant que le flux de données soit terminé, Inlet demande s’il faut conserver ainsi ce qui a été créé, le supprimer ou revenir en arrière.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précédent&lt;/b&gt; ramène à la vérification, pour modifier vos choix, uniquement tant que rien n’existe sur Platform&#xa0;: sinon, ce qui a été créé pour les choix précédents serait laissé à l’abandon. Supprimez d’abord ce qui a été créé, ou choisissez Continuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picked up where it stopped on %1: the steps above show what exists on Platform. Continue creates the rest.</source>
        <translation>Repris là où il s’était arrêté le %1&#xa0;: les étapes ci-dessus montrent ce qui existe sur Platform. Continuer crée le reste.</translation>
    </message>
    <message>
        <source>The saved setup could not be discarded: %1</source>
        <translation>La configuration enregistrée n’a pas pu être abandonnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back to the review is not possible while objects made for this dataflow exist on Platform: they would be left behind. To change your choices, delete what was created first; or Continue.</source>
        <translation>Le retour à la vérification est impossible tant que des objets créés pour ce flux de données existent sur Platform&#xa0;: ils seraient laissés à l’abandon. Pour modifier vos choix, supprimez d’abord ce qui a été créé&#xa0;; ou choisissez Continuer.</translation>
    </message>
    <message>
        <source>Back to the review is not possible: what may exist of this dataflow on Platform would be left behind. Continue finishes the dataflow with your choices as they are.</source>
        <translation>Le retour à la vérification est impossible&#xa0;: ce qui peut exister de ce flux de données sur Platform serait laissé à l’abandon. Continuer termine le flux de données avec vos choix tels quels.</translation>
    </message>
    <message>
        <source>Inlet keeps one unfinished dataflow, and &quot;%1&quot; (profile &quot;%2&quot;, saved %3) is kept now. Saving this one forgets it: Inlet will no longer offer to finish or delete it.</source>
        <translation>Inlet conserve un seul flux de données inachevé, et c’est actuellement «&#xa0;%1&#xa0;» (profil «&#xa0;%2&#xa0;», enregistré le %3). Enregistrer celui-ci l’oublie&#xa0;: Inlet ne proposera plus de le terminer ni de le supprimer.</translation>
    </message>
    <message>
        <source>What it created stays on Platform:</source>
        <translation>Ce qu’il a créé reste sur Platform&#xa0;:</translation>
    </message>
    <message>
        <source>Replace the Saved Dataflow?</source>
        <translation>Remplacer le flux de données enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>The setup could not be saved: %1</source>
        <translation>La configuration n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved setup could not be updated: %1</source>
        <translation>La configuration enregistrée n’a pas pu être mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your choices for &quot;%1&quot; are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>Vos choix pour «&#xa0;%1&#xa0;» sont enregistrés sur cet ordinateur, sans aucun secret&#xa0;: fermez Inlet quand vous le souhaitez, puis connectez-vous avec le profil «&#xa0;%2&#xa0;» pour reprendre.</translation>
    </message>
    <message numerus="yes">
        <source>Your choices for &quot;%1&quot; and the IDs of the %n object(s) created so far are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>
            <numerusform>Vos choix pour «&#xa0;%1&#xa0;» et l’ID de %n objet créé jusqu’ici sont enregistrés sur cet ordinateur, sans aucun secret&#xa0;: fermez Inlet quand vous le souhaitez, puis connectez-vous avec le profil «&#xa0;%2&#xa0;» pour reprendre.</numerusform>
            <numerusform>Vos choix pour «&#xa0;%1&#xa0;» et les ID des %n objets créés jusqu’ici sont enregistrés sur cet ordinateur, sans aucun secret&#xa0;: fermez Inlet quand vous le souhaitez, puis connectez-vous avec le profil «&#xa0;%2&#xa0;» pour reprendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inlet did not close: it is not known whether %1 was created, so it cannot be deleted yet. Continue finds out (and creates the rest); Delete what was created then removes it all.</source>
        <translation>Inlet ne s’est pas fermé&#xa0;: on ne sait pas si %1 existe, cet objet ne peut donc pas encore être supprimé. Continuer le vérifie (et crée le reste)&#xa0;; «&#xa0;Supprimer ce qui a été créé&#xa0;» supprime ensuite le tout.</translation>
    </message>
    <message>
        <source>Mapping set &quot;%1&quot; (%2)</source>
        <translation>Mapping set «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowReviewPage</name>
    <message>
        <source>%1 your time (%2 UTC)</source>
        <translation>%1, heure locale (%2 UTC)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message numerus="yes">
        <source>Copied all %n request(s), in the order they are sent.</source>
        <translation>
            <numerusform>%n requête a été copiée, dans l’ordre d’envoi.</numerusform>
            <numerusform>Les %n requêtes ont été copiées, dans l’ordre d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Nom du flux</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation>Jeu de données cible</translation>
    </message>
    <message>
        <source>New dataset “%1”</source>
        <translation>Nouveau jeu de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Existing dataset %1</source>
        <translation>Jeu de données existant %1</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappage</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Première exécution</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>Yes: the first run also reads older data</source>
        <translation>Oui&#xa0;: la première exécution lit aussi les données plus anciennes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Delta column</source>
        <translation>Colonne delta</translation>
    </message>
    <message>
        <source>Error diagnostics</source>
        <translation>Diagnostics d’erreur</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activés</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <source>Partial ingestion</source>
        <translation>Ingestion partielle</translation>
    </message>
    <message>
        <source>On: a run fails only above %1 % failed records</source>
        <translation>Activée&#xa0;: une exécution n’échoue qu’au-delà de %1&#xa0;% d’enregistrements en échec</translation>
    </message>
    <message>
        <source>Off: one failed record fails the run</source>
        <translation>Désactivée&#xa0;: un seul enregistrement en échec fait échouer l’exécution</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Intervalle de %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Intervalle de %n heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Intervalle de %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Intervalle de %n semaine</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source>Create the dataset “%1”</source>
        <translation>Créer le jeu de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Create the source connection</source>
        <translation>Créer la connexion source</translation>
    </message>
    <message>
        <source>Create the target connection</source>
        <translation>Créer la connexion cible</translation>
    </message>
    <message>
        <source>Create the mapping set</source>
        <translation>Créer le mapping set</translation>
    </message>
    <message>
        <source>Create the dataflow</source>
        <translation>Créer le flux de données</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Requête %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy request %1: %2</source>
        <translation>Copier la requête %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Copié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Existing dataset “%1” (%2)</source>
        <translation>Jeu de données existant «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the dataflow before it is created: where it reads, where the data goes, how many mapping rules it applies and when it runs (in your time and in UTC, as Platform receives it).&lt;/p&gt;&lt;p&gt;Below are the requests &lt;b&gt;Create&lt;/b&gt; sends, in order, as curl commands. Your access token is replaced by &lt;code&gt;{ACCESS_TOKEN}&lt;/code&gt;, and the IDs Platform answers with by placeholders such as &lt;code&gt;{SOURCE_CONNECTION_ID}&lt;/code&gt;; no secret is shown. Copy one, or all of them, to document the dataflow or to create it yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create&lt;/b&gt; sends each request once. Afterwards you can come back to this page only while nothing exists on Platform, so a second click cannot create a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vérifiez le flux de données avant sa création&#xa0;: où il lit, où vont les données, combien de règles de mappage il applique et quand il s’exécute (dans votre heure locale et en UTC, tel que Platform le reçoit).&lt;/p&gt;&lt;p&gt;Ci-dessous figurent les requêtes qu’envoie &lt;b&gt;Créer&lt;/b&gt;, dans l’ordre, sous forme de commandes curl. Votre jeton d’accès est remplacé par &lt;code&gt;{ACCESS_TOKEN}&lt;/code&gt;, et les ID que renvoie Platform par des espaces réservés comme &lt;code&gt;{SOURCE_CONNECTION_ID}&lt;/code&gt;&#xa0;; aucun secret n’est affiché. Copiez-en une, ou toutes, pour documenter le flux de données ou le créer vous-même.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Créer&lt;/b&gt; envoie chaque requête une seule fois. Il n’est ensuite possible de revenir à cette page que tant que rien n’existe sur Platform&#xa0;: un second clic ne peut donc pas créer de doublon.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inlet::Error</name>
    <message>
        <source>The response had no body.</source>
        <translation>La réponse n’avait pas de corps.</translation>
    </message>
    <message>
        <source>The response is an HTML page, not JSON.</source>
        <translation>La réponse est une page HTML, pas du JSON.</translation>
    </message>
    <message>
        <source>The response is an HTML page (“%1”), not JSON.</source>
        <translation>La réponse est une page HTML («&#xa0;%1&#xa0;»), pas du JSON.</translation>
    </message>
    <message numerus="yes">
        <source>The response is not JSON (%n bytes).</source>
        <translation>
            <numerusform>La réponse n’est pas du JSON (%n octet).</numerusform>
            <numerusform>La réponse n’est pas du JSON (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in failed: Adobe IMS did not accept the client ID or client secret. Check both against the OAuth Server-to-Server credential in the Developer Console.</source>
        <translation>Échec de la connexion&#xa0;: Adobe IMS n’a pas accepté l’ID client ou le secret client. Comparez-les à l’identifiant OAuth Server-to-Server dans la Developer Console.</translation>
    </message>
    <message>
        <source>Sign-in failed: the requested scopes are not allowed for this credential. Check the scopes in the profile against the Developer Console project.</source>
        <translation>Échec de la connexion&#xa0;: les portées demandées ne sont pas autorisées pour cet identifiant. Comparez les portées du profil à celles du projet Developer Console.</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired. Sign in again, or paste a new access token.</source>
        <translation>Le jeton d’accès est invalide ou a expiré. Reconnectez-vous, ou collez un nouveau jeton d’accès.</translation>
    </message>
    <message>
        <source>The API key (the client ID) is missing or not valid. Check the client ID in the profile.</source>
        <translation>La clé d’API (l’ID client) est absente ou invalide. Vérifiez l’ID client dans le profil.</translation>
    </message>
    <message>
        <source>A required header is missing. Check that the organization ID, sandbox and client ID are filled in the profile.</source>
        <translation>Un en-tête obligatoire est absent. Vérifiez que l’ID d’organisation, la sandbox et l’ID client sont renseignés dans le profil.</translation>
    </message>
    <message>
        <source>The credential has no access to this organization. Check the organization ID (…@AdobeOrg) in the profile.</source>
        <translation>Cet identifiant n’a pas accès à cette organisation. Vérifiez l’ID d’organisation (…@AdobeOrg) dans le profil.</translation>
    </message>
    <message>
        <source>The sandbox name is missing. Enter the sandbox (for example “prod”) in the profile.</source>
        <translation>Le nom de la sandbox est absent. Saisissez la sandbox (par exemple «&#xa0;prod&#xa0;») dans le profil.</translation>
    </message>
    <message>
        <source>This sandbox does not exist in the organization. Check the sandbox name in the profile.</source>
        <translation>Cette sandbox n’existe pas dans l’organisation. Vérifiez le nom de la sandbox dans le profil.</translation>
    </message>
    <message>
        <source>The authentication type does not match the source: Platform does not know this auth spec name for the chosen connection spec. Refresh the source list and choose the source again.</source>
        <translation>Le type d’authentification ne correspond pas à la source&#xa0;: Platform ne connaît pas ce nom d’auth spec pour la connection spec choisie. Actualisez la liste des sources et choisissez de nouveau la source.</translation>
    </message>
    <message>
        <source>Platform does not know this source (connection spec). Refresh the source list.</source>
        <translation>Platform ne connaît pas cette source (connection spec). Actualisez la liste des sources.</translation>
    </message>
    <message>
        <source>Platform rejected a value in the request. Correct the field it names and try again.</source>
        <translation>Platform a refusé une valeur de la requête. Corrigez le champ indiqué et réessayez.</translation>
    </message>
    <message>
        <source>The update was refused because it did not say which version of the connection it changes. Reload the connection and try again.</source>
        <translation>La mise à jour a été refusée, car elle n’indiquait pas quelle version de la connexion elle modifie. Rechargez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The connection was changed elsewhere since Inlet loaded it. Reload it and apply the change again.</source>
        <translation>La connexion a été modifiée ailleurs depuis son chargement par Inlet. Rechargez-la et appliquez de nouveau la modification.</translation>
    </message>
    <message>
        <source>The connection cannot be deleted while dataflows use it. Delete those dataflows first.</source>
        <translation>La connexion ne peut pas être supprimée tant que des flux de données l’utilisent. Supprimez d’abord ces flux de données.</translation>
    </message>
    <message>
        <source>You do not have permission for this in this organization or sandbox. Ask your Platform administrator for access to Sources in this sandbox.</source>
        <translation>Vous n’avez pas l’autorisation pour cette action dans cette organisation ou cette sandbox. Demandez à votre administrateur Platform l’accès aux sources dans cette sandbox.</translation>
    </message>
    <message>
        <source>Platform could not find it; it may have been deleted. Check the ID, organization and sandbox.</source>
        <translation>Platform ne l’a pas trouvé&#x202f;; il a peut-être été supprimé. Vérifiez l’ID, l’organisation et la sandbox.</translation>
    </message>
    <message>
        <source>Platform is receiving too many requests. Wait a minute and try again.</source>
        <translation>Platform reçoit trop de requêtes. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Platform has a temporary problem (HTTP %1). Try again in a few minutes.</source>
        <translation>Platform rencontre un problème temporaire (HTTP %1). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1), which Inlet does not follow. Check the base URLs in the profile.</source>
        <translation>Le serveur a répondu par une redirection (HTTP %1), qu’Inlet ne suit pas. Vérifiez les URL de base dans le profil.</translation>
    </message>
    <message>
        <source>Platform rejected the request (HTTP %1).</source>
        <translation>Platform a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network and proxy settings, then try again.</source>
        <translation>La connexion au serveur a été perdue. Vérifiez vos paramètres réseau et proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the host name in the profile and your proxy settings.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez le nom d’hôte dans le profil et vos paramètres proxy.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port in the profile and your proxy settings.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l’adresse et le port dans le profil et vos paramètres proxy.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network or proxy, or raise the timeout in the settings, then try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez votre réseau ou votre proxy, ou augmentez le délai d’attente dans les paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server&apos;s certificate was not accepted. Check this computer&apos;s date and time and any proxy that inspects TLS.</source>
        <translation>Impossible d’établir une connexion sécurisée&#xa0;: le certificat du serveur n’a pas été accepté. Vérifiez la date et l’heure de cet ordinateur ainsi que tout proxy qui inspecte le TLS.</translation>
    </message>
    <message>
        <source>Platform says: “%1”</source>
        <translation>Platform indique&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Platform sent an answer Inlet cannot read. Try again; if it keeps happening, a proxy may be changing the responses.</source>
        <translation>Platform a envoyé une réponse qu’Inlet ne peut pas lire. Réessayez&#x202f;; si le problème persiste, un proxy modifie peut-être les réponses.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than Inlet accepts (16 MiB), so it was refused.</source>
        <translation>La réponse du serveur dépasse la taille acceptée par Inlet (16 Mio)&#x202f;; elle a donc été refusée.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Inlet has no credential to sign in with. Enter the client secret, or paste an access token.</source>
        <translation>Inlet n’a aucun identifiant pour se connecter. Saisissez le secret client, ou collez un jeton d’accès.</translation>
    </message>
    <message>
        <source>Inlet only talks to Platform over HTTPS. Change the address to start with https:// (plain http is allowed only to this computer).</source>
        <translation>Inlet ne communique avec Platform qu’en HTTPS. Modifiez l’adresse pour qu’elle commence par https:// (le http simple n’est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The request may have reached Platform before the connection failed.</source>
        <translation>La requête a peut-être atteint Platform avant l’échec de la connexion.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d’erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inlet could not save its settings: the folder is not writable or the disk is full. Free some space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Inlet n’a pas pu enregistrer ses paramètres&#xa0;: le dossier n’est pas accessible en écriture ou le disque est plein. Libérez de l’espace ou corrigez les droits du dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Adobe IMS says: “%1”</source>
        <translation>Adobe IMS indique&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The request may have reached Platform before it was cancelled.</source>
        <translation>La requête a peut-être atteint Platform avant d’être annulée.</translation>
    </message>
    <message>
        <source>The secret was not sent: the Platform or IMS address differs from the one it was saved for, and the new address was not confirmed.</source>
        <translation>Le secret n’a pas été envoyé&#xa0;: l’adresse Platform ou IMS diffère de celle pour laquelle il a été enregistré, et la nouvelle adresse n’a pas été confirmée.</translation>
    </message>
    <message>
        <source>The updated source list could not be saved for the next start: the cache folder is not writable or the disk is full. Inlet uses the updated list until you close it.</source>
        <translation>La liste de sources mise à jour n’a pas pu être enregistrée pour le prochain démarrage&#xa0;: le dossier du cache n’est pas accessible en écriture ou le disque est plein. Inlet utilise la liste mise à jour jusqu’à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>Inlet::ExistingConnectionsPage</name>
    <message>
        <source>&lt;p&gt;These are the base connections of this source that already exist in the sandbox. Reusing one avoids a duplicate: select it and choose &lt;b&gt;Use the connection selected below&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Delete&lt;/b&gt; removes a connection from Platform. Platform refuses while dataflows still use it; delete those first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voici les connexions de base de cette source qui existent déjà dans la sandbox. En réutiliser une évite un doublon&#xa0;: sélectionnez-la, puis choisissez &lt;b&gt;Utiliser la connexion sélectionnée ci-dessous&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Supprimer&lt;/b&gt; retire une connexion de Platform. Platform refuse tant que des flux de données l’utilisent encore&#x202f;; supprimez-les d’abord.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base connections of %1 in sandbox %2.</source>
        <translation>Connexions de base de %1 dans la sandbox %2.</translation>
    </message>
    <message>
        <source>Looking for existing connections…</source>
        <translation>Recherche des connexions existantes…</translation>
    </message>
    <message>
        <source>Existing connections could not be listed; you can still create a new one. %1</source>
        <translation>Impossible de lister les connexions existantes&#x202f;; vous pouvez tout de même en créer une nouvelle. %1</translation>
    </message>
    <message>
        <source>This sandbox has no connection of this source yet.</source>
        <translation>Cette sandbox n’a encore aucune connexion pour cette source.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) found.</source>
        <translation>
            <numerusform>%n connexion trouvée.</numerusform>
            <numerusform>%n connexions trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; (%2) from Platform?

This cannot be undone. Platform refuses while dataflows still use the connection.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;» (%2) de Platform&#x202f;?

Cette action est irréversible. Platform refuse tant que des flux de données utilisent encore la connexion.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été supprimée. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
</context>
<context>
    <name>Inlet::ExploreConnection</name>
    <message>
        <source>Stopped.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>The Databricks cluster of this connection is not running, so Platform cannot look into it. Start the cluster in your Databricks workspace (Compute, then Start), wait until it shows Running, then choose Retry.</source>
        <translation>Le cluster Databricks de cette connexion ne tourne pas, Platform ne peut donc pas l’explorer. Démarrez le cluster dans votre espace de travail Databricks (Compute, puis Start), attendez qu’il indique Running, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Platform did not answer in time. Large folders and busy databases can be slow: choose Retry, or raise the timeout in Inlet&apos;s settings.</source>
        <translation>Platform n’a pas répondu à temps. Les gros dossiers et les bases de données chargées peuvent être lents&#xa0;: choisissez Réessayer, ou augmentez le délai d’attente dans les réglages d’Inlet.</translation>
    </message>
    <message>
        <source>Platform may not read this with the connection&apos;s credentials. Ask the source&apos;s administrator to grant the connection&apos;s account read access, or choose another object.</source>
        <translation>Platform n’a pas le droit de lire ceci avec les identifiants de la connexion. Demandez à l’administrateur de la source d’accorder un accès en lecture au compte de la connexion, ou choisissez un autre objet.</translation>
    </message>
    <message>
        <source>The source no longer has this object. Choose Retry on the level above to read it again.</source>
        <translation>La source n’a plus cet objet. Choisissez Réessayer au niveau supérieur pour le relire.</translation>
    </message>
    <message>
        <source>Platform says: “%1”</source>
        <translation>Platform indique&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Inlet::ExplorePage</name>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Lignes d’aperçu</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Delimited</source>
        <translation>Délimité</translation>
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
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here you check that the connection reaches the right data before a dataflow reads it. Open a folder or schema to load what it holds; type in &lt;b&gt;Filter&lt;/b&gt; to find an item among those loaded. Choosing a table shows its columns (the type in the source and the XDM type Platform maps it to) and up to 100 of its rows.&lt;/p&gt;&lt;p&gt;For a file, Platform first detects its format; if the preview looks wrong (one column holding whole lines, say), choose the file type, delimiter and compression and &lt;b&gt;Read file&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;If something cannot be read, the reason and what to do are shown below; &lt;b&gt;Retry&lt;/b&gt; asks again for just that level or object. A Databricks cluster must be running to be explored. Long values are shortened in the grid: hover over a cell to see all of it, or select cells and copy them (Ctrl+C).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Finish&lt;/b&gt; closes Inlet; the connection stays in Platform either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous vérifiez ici que la connexion atteint les bonnes données avant qu’un flux de données ne les lise. Ouvrez un dossier ou un schéma pour charger son contenu&#xa0;; tapez dans &lt;b&gt;Filtre&lt;/b&gt; pour trouver un élément parmi ceux chargés. Une table montre ses colonnes (le type dans la source et le type XDM auquel Platform le fait correspondre) et jusqu’à 100 de ses lignes.&lt;/p&gt;&lt;p&gt;Pour un fichier, Platform détecte d’abord son format&#xa0;; si l’aperçu semble faux (une seule colonne contenant des lignes entières, par exemple), choisissez le type de fichier, le séparateur et la compression, puis &lt;b&gt;Lire le fichier&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Si quelque chose ne peut pas être lu, la raison et la marche à suivre s’affichent en dessous&#xa0;; &lt;b&gt;Réessayer&lt;/b&gt; redemande seulement ce niveau ou cet objet. Un cluster Databricks doit être en marche pour être exploré. Les valeurs longues sont raccourcies dans la grille&#xa0;: survolez une cellule pour tout voir, ou sélectionnez des cellules et copiez-les (Ctrl+C).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Terminer&lt;/b&gt; ferme Inlet&#xa0;; la connexion reste dans Platform dans tous les cas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select data</source>
        <translation>Sélectionner les données</translation>
    </message>
    <message>
        <source>There is no connection to explore yet. Go back and create one.</source>
        <translation>Il n’y a pas encore de connexion à explorer. Revenez en arrière et créez-en une.</translation>
    </message>
    <message>
        <source>The tables and files %1 can read through this connection. Choose one to see its schema and rows, or Finish.</source>
        <translation>Les tables et fichiers que %1 peut lire par cette connexion. Choisissez-en un pour voir son schéma et ses lignes, ou terminez.</translation>
    </message>
    <message>
        <source>Asking Platform what the source holds…</source>
        <translation>Platform est interrogé sur le contenu de la source…</translation>
    </message>
    <message>
        <source>Stopped. Choose Retry to ask again.</source>
        <translation>Interrompu. Choisissez Réessayer pour redemander.</translation>
    </message>
    <message>
        <source>The source holds no tables or files that Platform can see.</source>
        <translation>La source ne contient aucune table ni aucun fichier visible par Platform.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) at the top level.</source>
        <translation>
            <numerusform>%n élément au premier niveau.</numerusform>
            <numerusform>%n éléments au premier niveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Reading the schema and rows of %1…</source>
        <translation>Lecture du schéma et des lignes de %1…</translation>
    </message>
    <message>
        <source>Platform can neither read the schema of %1 nor preview it. Choose another table or file, or check in the source that this object holds data Platform supports.</source>
        <translation>Platform ne peut ni lire le schéma de %1 ni en afficher un aperçu. Choisissez une autre table ou un autre fichier, ou vérifiez dans la source que cet objet contient des données prises en charge par Platform.</translation>
    </message>
    <message>
        <source>Platform cannot preview %1, so only its schema is shown. A dataflow can still read it.</source>
        <translation>Platform ne peut pas afficher d’aperçu de %1&#xa0;; seul son schéma est montré. Un flux de données peut tout de même le lire.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n colonne</numerusform>
            <numerusform>%1&#xa0;: %n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) previewed.</source>
        <translation>
            <numerusform>%n ligne en aperçu.</numerusform>
            <numerusform>%n lignes en aperçu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::ExploreTreeModel</name>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (chargement…)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>Inlet::FieldPickerDelegate</name>
    <message>
        <source>Schema field for %1</source>
        <translation>Champ du schéma pour %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(non mappé)</translation>
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
        <translation>Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Paste the key or load its file</source>
        <translation>Collez la clé ou chargez son fichier</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer la saisie</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation>Charger %1 depuis un fichier</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Inlet::FlowServiceJson</name>
    <message>
        <source>The response is not valid JSON: %1 at offset %2.</source>
        <translation>La réponse n’est pas un JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The response has no connection id.</source>
        <translation>La réponse ne contient pas d’ID de connexion.</translation>
    </message>
    <message>
        <source>The response has no &quot;items&quot; array.</source>
        <translation>La réponse ne contient pas de tableau «&#xa0;items&#xa0;».</translation>
    </message>
    <message>
        <source>The explore response is neither a list nor has &quot;items&quot;.</source>
        <translation>La réponse d’exploration n’est ni une liste ni un objet avec «&#xa0;items&#xa0;».</translation>
    </message>
    <message>
        <source>The landing-zone response lacks containerName, SASToken or storageAccountName.</source>
        <translation>Il manque containerName, SASToken ou storageAccountName dans la réponse de la zone d’atterrissage.</translation>
    </message>
    <message>
        <source>The response is not valid JSON: %1.</source>
        <translation>La réponse n’est pas un JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The explore response is not an object.</source>
        <translation>La réponse d’exploration n’est pas un objet.</translation>
    </message>
    <message>
        <source>The explore response has neither a schema nor properties.</source>
        <translation>La réponse d’exploration n’a ni schéma ni propriétés.</translation>
    </message>
</context>
<context>
    <name>Inlet::FormModel</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3</source>
        <translation>%1 doit être un nombre entier compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 must be a number between %2 and %3</source>
        <translation>%1 doit être un nombre compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2</source>
        <translation>%1 doit être un nombre entier d’au moins %2</translation>
    </message>
    <message>
        <source>%1 must be a number of at least %2</source>
        <translation>%1 doit être un nombre d’au moins %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at most %2</source>
        <translation>%1 doit être un nombre entier d’au plus %2</translation>
    </message>
    <message>
        <source>%1 must be a number of at most %2</source>
        <translation>%1 doit être un nombre d’au plus %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit être vrai ou faux</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 doit être l’une de ces valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 contains a control character (such as NUL); remove it or type the value again</source>
        <translation>%1 contient un caractère de contrôle (comme NUL)&#x202f;; supprimez-le ou saisissez de nouveau la valeur</translation>
    </message>
    <message>
        <source>%1 must be on one line; remove the line breaks and tabs</source>
        <translation>%1 doit tenir sur une seule ligne&#x202f;; supprimez les sauts de ligne et les tabulations</translation>
    </message>
    <message>
        <source>%1 contains invisible text-direction characters (such as U+202E) that can disguise it; type the value again</source>
        <translation>%1 contient des caractères invisibles de sens d’écriture (comme U+202E) qui peuvent le travestir&#x202f;; saisissez de nouveau la valeur</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (such as a zero-width space); type the value again</source>
        <translation>%1 contient un caractère invisible (comme une espace sans chasse)&#x202f;; saisissez de nouveau la valeur</translation>
    </message>
    <message>
        <source>%1 contains characters that could not be read (a damaged paste); paste or type it again</source>
        <translation>%1 contient des caractères illisibles (collage endommagé)&#x202f;; collez-le ou saisissez-le de nouveau</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; enter them in their own fields</source>
        <translation>%1 ne doit contenir ni nom d’utilisateur ni mot de passe&#x202f;; saisissez-les dans leurs propres champs</translation>
    </message>
    <message>
        <source>%1 must be at most 1 character long</source>
        <translation>%1 doit comporter au plus 1 caractère</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 doit comporter au plus %2 caractères</translation>
    </message>
    <message>
        <source>%1 must be at least 1 character long</source>
        <translation>%1 doit comporter au moins 1 caractère</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long</source>
        <translation>%1 doit comporter au moins %2 caractères</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 doit être&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format, for example %2</source>
        <translation>%1 n’a pas le format attendu, par exemple %2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format</source>
        <translation>%1 n’a pas le format attendu</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, where at most %3 are allowed</source>
        <translation>%1 est trop long&#xa0;: %2&#xa0;caractères, au plus %3 sont autorisés</translation>
    </message>
    <message>
        <source>The file for %1 is too large: %2 bytes, where at most %3 are allowed</source>
        <translation>Le fichier pour %1 est trop volumineux&#xa0;: %2 octets, au plus %3 sont autorisés</translation>
    </message>
    <message>
        <source>The file for %1 is empty</source>
        <translation>Le fichier pour %1 est vide</translation>
    </message>
    <message>
        <source>The file for %1 is not a JSON key file; choose the key file you downloaded</source>
        <translation>Le fichier pour %1 n’est pas un fichier de clé JSON&#xa0;; choisissez le fichier de clé téléchargé</translation>
    </message>
    <message>
        <source>The file for %1 is not text; choose the key file itself</source>
        <translation>Le fichier pour %1 n’est pas du texte&#xa0;; choisissez le fichier de clé lui-même</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://</source>
        <translation>%1 doit être une adresse web commençant par https://</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://, for example %2</source>
        <translation>%1 doit être une adresse web commençant par https://, par exemple %2</translation>
    </message>
</context>
<context>
    <name>Inlet::HttpExchange</name>
    <message>
        <source>More than %1 bytes.</source>
        <translation>Plus de %1 octets.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>La connexion s’est fermée après %1 octets sur %2.</translation>
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
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Adobe&apos;s documentation for %2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Documentation d’Adobe sur %2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings could not be read</source>
        <translation>Impossible de lire les paramètres</translation>
    </message>
    <message>
        <source>Inlet could not read its settings file. It moved the file to %1 and kept the profiles it could still read. Check your profile before you sign in.</source>
        <translation>Inlet n’a pas pu lire son fichier de paramètres. Il l’a déplacé vers %1 et a conservé les profils encore lisibles. Vérifiez votre profil avant de vous connecter.</translation>
    </message>
    <message>
        <source>Source list not saved</source>
        <translation>Liste de sources non enregistrée</translation>
    </message>
    <message>
        <source>Discard This Connection?</source>
        <translation>Abandonner cette connexion&#xa0;?</translation>
    </message>
    <message>
        <source>The connection you are setting up is not created yet. Close Inlet and discard what you typed?</source>
        <translation>La connexion que vous configurez n’est pas encore créée. Fermer Inlet et abandonner ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <source>Discard and Close</source>
        <translation>Abandonner et fermer</translation>
    </message>
    <message>
        <source>Spark config line</source>
        <translation>Ligne de configuration Spark</translation>
    </message>
    <message>
        <source>This dataflow&apos;s connection was not set up in this window. Start Inlet, sign in, choose Databricks and go on to the Databricks page: it shows the current landing-zone line to paste into the cluster&apos;s Spark config.</source>
        <translation>La connexion de ce flux de données n’a pas été configurée dans cette fenêtre. Démarrez Inlet, connectez-vous, choisissez Databricks et avancez jusqu’à la page Databricks&#xa0;: elle affiche la ligne actuelle de la zone d’atterrissage, à coller dans la configuration Spark du cluster.</translation>
    </message>
    <message>
        <source>Inlet is still working on the dataflow &quot;%1&quot; on Platform. Stop, and keep what exists so far with the setup saved to finish later (sign in with the profile &quot;%2&quot; to resume), delete it, or go back?</source>
        <translation>Inlet travaille encore sur le flux de données «&#xa0;%1&#xa0;» sur Platform. Arrêter et conserver ce qui existe déjà, avec la configuration enregistrée pour finir plus tard (connectez-vous avec le profil «&#xa0;%2&#xa0;» pour reprendre), le supprimer, ou revenir en arrière&#xa0;?</translation>
    </message>
    <message>
        <source>The dataflow &quot;%1&quot; is not finished, and what was made for it stays on Platform unless you delete it.</source>
        <translation>Le flux de données «&#xa0;%1&#xa0;» n’est pas terminé, et ce qui a été créé pour lui reste sur Platform tant que vous ne le supprimez pas.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created.</source>
        <translation>On ne sait pas si %1 existe.</translation>
    </message>
    <message>
        <source>Keep it and save the setup to finish later (sign in with the profile &quot;%1&quot; to resume), delete it, or go back?</source>
        <translation>Le conserver et enregistrer la configuration pour finir plus tard (connectez-vous avec le profil «&#xa0;%1&#xa0;» pour reprendre), le supprimer, ou revenir en arrière&#xa0;?</translation>
    </message>
    <message>
        <source>Close Before the Dataflow Is Finished?</source>
        <translation>Fermer avant la fin du flux de données&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep and Finish Later</source>
        <translation>&amp;Conserver et finir plus tard</translation>
    </message>
    <message>
        <source>&amp;Delete and Close</source>
        <translation>&amp;Supprimer et fermer</translation>
    </message>
    <message>
        <source>Go &amp;Back</source>
        <translation>&amp;Revenir</translation>
    </message>
</context>
<context>
    <name>Inlet::IntegerEditor</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Par exemple %1</translation>
    </message>
</context>
<context>
    <name>Inlet::JsonText</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>le nombre %1 est hors limites</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>il est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>it contains a NUL byte</source>
        <translation>il contient un octet NUL</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>il n’a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZoneAccess</name>
    <message>
        <source>Inlet could not find out whether the credentials were refreshed. The next refresh first checks which credentials are current, so it never revokes twice.</source>
        <translation>Inlet n’a pas pu savoir si les identifiants ont été actualisés. La prochaine actualisation vérifie d’abord quels identifiants sont en vigueur, et ne révoque donc jamais deux fois.</translation>
    </message>
    <message>
        <source>The credentials were not refreshed; the current line still works.</source>
        <translation>Les identifiants n’ont pas été actualisés&#xa0;; la ligne actuelle fonctionne toujours.</translation>
    </message>
    <message>
        <source>The credentials were not refreshed; the current line still works. It is safe to try again.</source>
        <translation>Les identifiants n’ont pas été actualisés&#xa0;; la ligne actuelle fonctionne toujours. Vous pouvez réessayer sans risque.</translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZonePage</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n minute(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n minute.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Platform stages Databricks data in an Azure Blob Storage container of its own. Your cluster reaches it with a shared access signature (SAS) token given in the cluster&apos;s Spark config.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Copy the line.&lt;/li&gt;&lt;li&gt;In Databricks, open the cluster, choose &lt;b&gt;Edit&lt;/b&gt; › &lt;b&gt;Advanced options&lt;/b&gt; › &lt;b&gt;Spark&lt;/b&gt;, paste the line into &lt;b&gt;Spark config&lt;/b&gt; and confirm.&lt;/li&gt;&lt;li&gt;Tick the box on this page and continue.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The token expires on the date shown. &lt;b&gt;Refresh credentials&lt;/b&gt; issues a new token and revokes the current one at once, so every cluster using the old line must be updated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Platform place les données Databricks dans un conteneur Azure Blob Storage qui lui est propre. Votre cluster y accède avec un jeton de signature d’accès partagé (SAS) indiqué dans la configuration Spark du cluster.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Copiez la ligne.&lt;/li&gt;&lt;li&gt;Dans Databricks, ouvrez le cluster, choisissez &lt;b&gt;Edit&lt;/b&gt; › &lt;b&gt;Advanced options&lt;/b&gt; › &lt;b&gt;Spark&lt;/b&gt;, collez la ligne dans &lt;b&gt;Spark config&lt;/b&gt; et validez.&lt;/li&gt;&lt;li&gt;Cochez la case de cette page et continuez.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Le jeton expire à la date indiquée. &lt;b&gt;Renouveler les identifiants&lt;/b&gt; émet un nouveau jeton et révoque immédiatement le jeton actuel&#x202f;; chaque cluster qui utilise l’ancienne ligne doit donc être mis à jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refreshing the landing-zone credentials…</source>
        <translation>Renouvellement des identifiants de la zone d’atterrissage…</translation>
    </message>
    <message>
        <source>Fetching the landing-zone credentials…</source>
        <translation>Récupération des identifiants de la zone d’atterrissage…</translation>
    </message>
    <message>
        <source>The landing-zone credentials could not be fetched.</source>
        <translation>Impossible de récupérer les identifiants de la zone d’atterrissage.</translation>
    </message>
    <message>
        <source>Platform did not say when this token expires.</source>
        <translation>Platform n’a pas indiqué quand ce jeton expire.</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>Le jeton est valable jusqu’au %1.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s). Refresh it soon and update the cluster.</source>
        <translation>
            <numerusform>Le jeton expire le %1, dans %n jour. Renouvelez-le bientôt et mettez à jour le cluster.</numerusform>
            <numerusform>Le jeton expire le %1, dans %n jours. Renouvelez-le bientôt et mettez à jour le cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token expired on %1. Refresh the credentials, then update the cluster.</source>
        <translation>Le jeton a expiré le %1. Renouvelez les identifiants, puis mettez à jour le cluster.</translation>
    </message>
    <message>
        <source>Refresh credentials</source>
        <translation>Renouveler les identifiants</translation>
    </message>
    <message>
        <source>Refreshing issues a new SAS token and revokes the current one at once.

Every Databricks cluster that uses the current line loses access to Platform&apos;s staging storage, and its dataflows fail, until you paste the new line into its Spark config.</source>
        <translation>Le renouvellement émet un nouveau jeton SAS et révoque immédiatement le jeton actuel.

Chaque cluster Databricks qui utilise la ligne actuelle perd l’accès au stockage intermédiaire de Platform, et ses flux de données échouent, jusqu’à ce que vous colliez la nouvelle ligne dans sa configuration Spark.</translation>
    </message>
    <message>
        <source>&amp;Refresh and revoke the old token</source>
        <translation>&amp;Renouveler et révoquer l’ancien jeton</translation>
    </message>
    <message>
        <source>The refresh went through, though its answer was lost on the way.</source>
        <translation>L’actualisation a abouti, même si sa réponse s’est perdue en route.</translation>
    </message>
    <message>
        <source>New credentials issued; the previous token no longer works.</source>
        <translation>Nouveaux identifiants émis&#xa0;; le jeton précédent ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The old line was removed from the clipboard.</source>
        <translation>L’ancienne ligne a été retirée du presse-papiers.</translation>
    </message>
    <message>
        <source>Copy the new line and replace the one in your cluster&apos;s Spark config.</source>
        <translation>Copiez la nouvelle ligne et remplacez celle de la configuration Spark de votre cluster.</translation>
    </message>
</context>
<context>
    <name>Inlet::MappingPage</name>
    <message>
        <source>&lt;p&gt;Each row is a column of the source and the schema field it fills. Inlet matches columns to fields by name (ignoring case, spaces, &lt;code&gt;_&lt;/code&gt; and &lt;code&gt;-&lt;/code&gt;) and by type; check each match. To change one, double-click its field (or select it and press F2) and choose another field, or &lt;i&gt;(not mapped)&lt;/i&gt; to leave the column out. Rows such as &lt;code&gt;uuid()&lt;/code&gt; are generated values, for example the unique ID every event needs.&lt;/p&gt;&lt;p&gt;Below the table, Inlet lists what Platform would refuse: required fields and the identity that no column fills, and columns whose type the field cannot take. Columns left unmapped are listed too; their values are not ingested.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check with Platform&lt;/b&gt; asks Data Prep to validate the mapping; &lt;b&gt;Next&lt;/b&gt; does the same before going on. Rules Data Prep refuses are marked in the &lt;b&gt;Check&lt;/b&gt; column with its reason. &lt;b&gt;Reset to suggestions&lt;/b&gt; discards your changes and matches by name again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque ligne montre une colonne de la source et le champ du schéma qu’elle remplit. Inlet associe les colonnes aux champs par leur nom (sans tenir compte de la casse, des espaces, de &lt;code&gt;_&lt;/code&gt; et de &lt;code&gt;-&lt;/code&gt;) et par leur type&#xa0;; vérifiez chaque correspondance. Pour en modifier une, double-cliquez sur son champ (ou sélectionnez-le et appuyez sur F2) et choisissez un autre champ, ou &lt;i&gt;(non mappé)&lt;/i&gt; pour exclure la colonne. Les lignes comme &lt;code&gt;uuid()&lt;/code&gt; sont des valeurs générées, par exemple l’ID unique dont chaque événement a besoin.&lt;/p&gt;&lt;p&gt;Sous la table, Inlet liste ce que Platform refuserait&#xa0;: les champs obligatoires et l’identité qu’aucune colonne ne remplit, ainsi que les colonnes dont le champ ne peut pas accepter le type. Les colonnes non mappées sont aussi listées&#xa0;; leurs valeurs ne sont pas ingérées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vérifier avec Platform&lt;/b&gt; demande à Data Prep de valider le mappage&#xa0;; &lt;b&gt;Suivant&lt;/b&gt; fait de même avant de continuer. Les règles que Data Prep refuse sont signalées dans la colonne &lt;b&gt;Vérification&lt;/b&gt;, avec leur motif. &lt;b&gt;Rétablir les suggestions&lt;/b&gt; annule vos modifications et refait la correspondance par nom.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>Mapper les colonnes</translation>
    </message>
    <message>
        <source>Choose a table or file and a target dataset first: go back.</source>
        <translation>Choisissez d’abord une table ou un fichier et un jeu de données cible&#xa0;: revenez en arrière.</translation>
    </message>
    <message>
        <source>The field of the schema “%1” each column of %2 fills. Choose a field to change it.</source>
        <translation>Le champ du schéma «&#xa0;%1&#xa0;» que remplit chaque colonne de %2. Choisissez un champ pour le modifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) matched to a field by name and type. Check each match and change what is wrong.</source>
        <translation>
            <numerusform>%n colonne associée à un champ par nom et par type. Vérifiez chaque correspondance et corrigez ce qui est faux.</numerusform>
            <numerusform>%n colonnes associées à un champ par nom et par type. Vérifiez chaque correspondance et corrigez ce qui est faux.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is mapped. Choose a field for at least one column.</source>
        <translation>Aucune colonne n’est mappée. Choisissez un champ pour au moins une colonne.</translation>
    </message>
    <message numerus="yes">
        <source>The schema requires %n field(s) no column fills: %1. Choose a column for each.</source>
        <translation>
            <numerusform>Le schéma exige %n champ qu’aucune colonne ne remplit&#xa0;: %1. Choisissez-lui une colonne.</numerusform>
            <numerusform>Le schéma exige %n champs qu’aucune colonne ne remplit&#xa0;: %1. Choisissez une colonne pour chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity of each record is not filled: %1. Map the column that identifies a record to it.</source>
        <translation>L’identité de chaque enregistrement n’est pas remplie&#xa0;: %1. Mappez-y la colonne qui identifie un enregistrement.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) go to a field of a type they cannot be converted to (see the Check column). Choose another field, or (not mapped).</source>
        <translation>
            <numerusform>%n colonne va dans un champ d’un type vers lequel elle ne peut pas être convertie (voir la colonne Vérification). Choisissez un autre champ, ou (non mappé).</numerusform>
            <numerusform>%n colonnes vont dans des champs d’un type vers lequel elles ne peuvent pas être converties (voir la colonne Vérification). Choisissez un autre champ, ou (non mappé).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not mapped, so not ingested: %1.</source>
        <translation>
            <numerusform>%n colonne non mappée, donc non ingérée&#xa0;: %1.</numerusform>
            <numerusform>%n colonnes non mappées, donc non ingérées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map at least one column before checking the mapping.</source>
        <translation>Mappez au moins une colonne avant de vérifier le mappage.</translation>
    </message>
    <message>
        <source>Platform&apos;s Data Prep is checking the mapping…</source>
        <translation>Data Prep de Platform vérifie le mappage…</translation>
    </message>
    <message>
        <source>Stopped. Choose Check with Platform or Next to check again.</source>
        <translation>Interrompu. Choisissez Vérifier avec Platform ou Suivant pour vérifier de nouveau.</translation>
    </message>
    <message>
        <source>The mapping could not be checked with Platform. %1 Your mapping is kept: choose Check with Platform or Next to try again.</source>
        <translation>Le mappage n’a pas pu être vérifié avec Platform. %1 Votre mappage est conservé&#xa0;: choisissez Vérifier avec Platform ou Suivant pour réessayer.</translation>
    </message>
    <message>
        <source>The mapping changed while Platform checked it. Choose Check with Platform or Next to check it again.</source>
        <translation>Le mappage a changé pendant que Platform le vérifiait. Choisissez Vérifier avec Platform ou Suivant pour le vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Platform accepts this mapping.</source>
        <translation>Platform accepte ce mappage.</translation>
    </message>
    <message numerus="yes">
        <source>Platform refuses %n rule(s) of this mapping. Choose another field for each marked row, then check again.</source>
        <translation>
            <numerusform>Platform refuse %n règle de ce mappage. Choisissez un autre champ pour chaque ligne signalée, puis vérifiez de nouveau.</numerusform>
            <numerusform>Platform refuse %n règles de ce mappage. Choisissez un autre champ pour chaque ligne signalée, puis vérifiez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The preview could not be made. %1</source>
        <translation>L’aperçu n’a pas pu être généré. %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Inlet::MappingTableModel</name>
    <message>
        <source>Not a field of this schema</source>
        <translation>Pas un champ de ce schéma</translation>
    </message>
    <message>
        <source>A %1 column cannot fill a %2 field</source>
        <translation>Une colonne de type %1 ne peut pas remplir un champ de type %2</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>expression</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>column path</source>
        <translation>chemin de colonne</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(non mappé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type dans la source</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>Champ du schéma</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Type du champ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>Inlet::NumberEditor</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>Inlet::PreviewTableModel</name>
    <message>
        <source>%1: %2 in the source, %3 in XDM</source>
        <translation>%1&#xa0;: %2 dans la source, %3 en XDM</translation>
    </message>
</context>
<context>
    <name>Inlet::ResultPage</name>
    <message>
        <source>Edit cr&amp;edentials</source>
        <translation>&amp;Modifier les identifiants</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet sends the request and shows the new connection&apos;s ID, which the next steps in Platform (dataflows, exploring data) ask for. &lt;b&gt;Test connection&lt;/b&gt; asks Platform to list the source&apos;s top-level tables or folders with these credentials.&lt;/p&gt;&lt;p&gt;If creating fails, the reason is shown here; &lt;b&gt;Details&lt;/b&gt; has the HTTP status, error code and request ID for Adobe support. &lt;b&gt;Try again&lt;/b&gt; first checks whether the connection was created anyway, so it never makes a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet envoie la requête et affiche l’ID de la nouvelle connexion, que demandent les étapes suivantes dans Platform (flux de données, exploration des données). &lt;b&gt;Tester la connexion&lt;/b&gt; demande à Platform de lister les tables ou dossiers de premier niveau de la source avec ces identifiants.&lt;/p&gt;&lt;p&gt;Si la création échoue, la raison s’affiche ici&#x202f;; &lt;b&gt;Détails&lt;/b&gt; indique le statut HTTP, le code d’erreur et l’ID de requête pour le support Adobe. &lt;b&gt;Réessayer&lt;/b&gt; vérifie d’abord si la connexion a tout de même été créée, et ne crée donc jamais de doublon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Existing connection</source>
        <translation>Connexion existante</translation>
    </message>
    <message>
        <source>This connection already exists in the sandbox; test it or copy its ID.</source>
        <translation>Cette connexion existe déjà dans la sandbox&#x202f;; testez-la ou copiez son ID.</translation>
    </message>
    <message>
        <source>Using the existing connection &quot;%1&quot;.</source>
        <translation>Utilisation de la connexion existante «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Inlet sends the request to Platform, then you can test the new connection.</source>
        <translation>Inlet envoie la requête à Platform&#x202f;; vous pourrez ensuite tester la nouvelle connexion.</translation>
    </message>
    <message>
        <source>Creating &quot;%1&quot;…</source>
        <translation>Création de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; was created.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» a été créée.</translation>
    </message>
    <message>
        <source>Checking whether &quot;%1&quot; was created meanwhile…</source>
        <translation>Vérification de la création éventuelle de «&#xa0;%1&#xa0;» entre-temps…</translation>
    </message>
    <message>
        <source>Inlet could not check whether the connection exists, so it did not send it again. %1</source>
        <translation>Inlet n’a pas pu vérifier si la connexion existe&#x202f;; il ne l’a donc pas renvoyée. %1</translation>
    </message>
    <message>
        <source>The credentials could not be saved in the keychain: %1</source>
        <translation>Les identifiants n’ont pas pu être enregistrés dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking Platform to look into the source…</source>
        <translation>Platform examine la source…</translation>
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation>Le test a échoué. %1</translation>
    </message>
    <message>
        <source>The connection works; the source has no tables or folders yet.</source>
        <translation>La connexion fonctionne&#x202f;; la source n’a encore ni table ni dossier.</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found.</source>
        <translation>
            <numerusform>La connexion fonctionne&#xa0;: %n élément trouvé.</numerusform>
            <numerusform>La connexion fonctionne&#xa0;: %n éléments trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found; the first %1 are shown.</source>
        <translation>
            <numerusform>La connexion fonctionne&#xa0;: %n élément trouvé&#xa0;; les %1 premiers sont affichés.</numerusform>
            <numerusform>La connexion fonctionne&#xa0;: %n éléments trouvés&#xa0;; les %1 premiers sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select d&amp;ata &gt;</source>
        <translation>Sé&amp;lectionner les données &gt;</translation>
    </message>
</context>
<context>
    <name>Inlet::ResumeOffer</name>
    <message>
        <source>Finish the dataflow &quot;%1&quot; saved %2?</source>
        <translation>Terminer le flux de données «&#xa0;%1&#xa0;» enregistré le %2&#xa0;?</translation>
    </message>
    <message>
        <source>These objects exist for it on Platform:</source>
        <translation>Ces objets existent pour lui sur Platform&#xa0;:</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created; Continue on the Create page finds out before it creates anything.</source>
        <translation>On ne sait pas si %1 existe&#xa0;; Continuer, sur la page «&#xa0;Créer le flux de données&#xa0;», le vérifie avant de créer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Resume shows it on the Create page, ready to continue. Later keeps it saved for your next sign-in. Discard forgets it.</source>
        <translation>Reprendre l’affiche sur la page «&#xa0;Créer le flux de données&#xa0;», prêt à continuer. Plus tard le garde enregistré pour votre prochaine connexion. Abandonner l’oublie.</translation>
    </message>
    <message>
        <source>Finish the Saved Dataflow?</source>
        <translation>Terminer le flux de données enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Discard the saved dataflow &quot;%1&quot;?</source>
        <translation>Abandonner le flux de données enregistré «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete what it created on Platform too, or keep it there and only forget the saved setup:</source>
        <translation>Supprimer aussi ce qu’il a créé sur Platform, ou l’y conserver et seulement oublier la configuration enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete Them</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The mapping set &quot;%1&quot; (%2) stays: Platform cannot delete mapping sets, and one that no dataflow uses does nothing.</source>
        <translation>Le mapping set «&#xa0;%1&#xa0;» (%2) reste&#xa0;: Platform ne peut pas supprimer les mapping sets, et un mapping set qu’aucun flux de données n’utilise est sans effet.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created, so it cannot be deleted: Resume and Continue find out.</source>
        <translation>On ne sait pas si %1 existe, cet objet ne peut donc pas être supprimé&#xa0;: Reprendre, puis Continuer, le vérifient.</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Discard the Saved Dataflow?</source>
        <translation>Abandonner le flux de données enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved Dataflow Not Discarded</source>
        <translation>Flux de données enregistré non abandonné</translation>
    </message>
    <message>
        <source>The saved dataflow could not be discarded. %1</source>
        <translation>Le flux de données enregistré n’a pas pu être abandonné. %1</translation>
    </message>
    <message>
        <source>Deleting what &quot;%1&quot; created…</source>
        <translation>Suppression de ce que «&#xa0;%1&#xa0;» a créé…</translation>
    </message>
    <message>
        <source>Discard the Saved Dataflow</source>
        <translation>Abandonner le flux de données enregistré</translation>
    </message>
    <message>
        <source>Deleting what &quot;%1&quot; created failed. %2 The saved dataflow stays, listing what is left; Next offers it again.</source>
        <translation>La suppression de ce que «&#xa0;%1&#xa0;» a créé a échoué. %2 Le flux de données enregistré est conservé et liste ce qui reste&#xa0;; Suivant le propose à nouveau.</translation>
    </message>
    <message>
        <source>The saved dataflow &quot;%1&quot; is discarded.</source>
        <translation>Le flux de données enregistré «&#xa0;%1&#xa0;» est abandonné.</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Supprimés&#xa0;:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservés&#xa0;:</translation>
    </message>
    <message>
        <source>Saved Dataflow Discarded</source>
        <translation>Flux de données enregistré abandonné</translation>
    </message>
</context>
<context>
    <name>Inlet::RevealButton</name>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer la saisie</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>Inlet::ReviewPage</name>
    <message>
        <source>&amp;Create connection</source>
        <translation>&amp;Créer la connexion</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the connection before it is created. Secret values are masked here and replaced by placeholders such as &lt;code&gt;{PASSWORD}&lt;/code&gt; in the curl command, which you can copy to run or document the same request yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create connection&lt;/b&gt; sends the request to Platform. You cannot go back past this page afterwards, so a second click cannot create a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vérifiez la connexion avant sa création. Les valeurs secrètes sont masquées ici et remplacées par des espaces réservés comme &lt;code&gt;{PASSWORD}&lt;/code&gt; dans la commande curl, que vous pouvez copier pour exécuter ou documenter vous-même la même requête.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Créer la connexion&lt;/b&gt; envoie la requête à Platform. Il n’est ensuite plus possible de revenir avant cette page&#xa0;: un second clic ne peut donc pas créer de doublon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Remember credentials</source>
        <translation>Mémoriser les identifiants</translation>
    </message>
    <message>
        <source>Yes, in the system keychain</source>
        <translation>Oui, dans le trousseau du système</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Inlet::RunTableModel</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>Enreg. lus</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Enreg. écrits</translation>
    </message>
    <message>
        <source>Records failed</source>
        <translation>Enreg. en échec</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a duration in seconds (a unit symbol: no plural)</comment>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>Inlet::RunsPage</name>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Show the Spark config line</source>
        <translation>Afficher la ligne de configuration Spark</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each run of the dataflow is listed here, newest first: its status, when it started, how long it took (or has taken so far), and how many records Platform read, wrote and could not ingest. Select a run to see its errors with their codes.&lt;/p&gt;&lt;p&gt;Inlet checks for news every few seconds while a run is queued or in progress, and less and less often once all runs have finished. &lt;b&gt;Refresh now&lt;/b&gt; checks at once. When a check fails, Inlet says why and tries again later, waiting longer each time.&lt;/p&gt;&lt;p&gt;A Databricks run that could not read the landing zone means the cluster&apos;s Spark config lacks the landing-zone line or holds a revoked token: &lt;b&gt;Show the Spark config line&lt;/b&gt; leads back to it. &lt;b&gt;Finish&lt;/b&gt; closes Inlet; the dataflow keeps running on its schedule.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque exécution du flux de données est listée ici, de la plus récente à la plus ancienne&#xa0;: son statut, quand elle a commencé, combien de temps elle a duré (ou dure jusqu’ici) et combien d’enregistrements Platform a lus, écrits et n’a pas pu ingérer. Sélectionnez une exécution pour voir ses erreurs et leurs codes.&lt;/p&gt;&lt;p&gt;Inlet vérifie les nouveautés toutes les quelques secondes tant qu’une exécution est en file d’attente ou en cours, puis de moins en moins souvent une fois toutes les exécutions terminées. &lt;b&gt;Actualiser maintenant&lt;/b&gt; vérifie immédiatement. Quand une vérification échoue, Inlet en indique la raison et réessaie plus tard, en attendant un peu plus à chaque fois.&lt;/p&gt;&lt;p&gt;Une exécution Databricks qui n’a pas pu lire la zone d’atterrissage signifie que la configuration Spark du cluster ne contient pas la ligne de la zone d’atterrissage ou contient un jeton révoqué&#xa0;: &lt;b&gt;Afficher la ligne de configuration Spark&lt;/b&gt; vous y ramène. &lt;b&gt;Terminer&lt;/b&gt; ferme Inlet&#xa0;; le flux de données continue de s’exécuter selon sa planification.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The dataflow&apos;s runs as Platform reports them, checked for news while this page is open.</source>
        <translation>Les exécutions du flux de données telles que Platform les signale, vérifiées régulièrement tant que cette page est ouverte.</translation>
    </message>
    <message>
        <source>No dataflow to watch yet: create one first.</source>
        <translation>Aucun flux de données à suivre pour l’instant&#xa0;: créez-en d’abord un.</translation>
    </message>
    <message numerus="yes">
        <source>Inlet could not check the runs. %1 It tries again in %n second(s).</source>
        <translation>
            <numerusform>Inlet n’a pas pu vérifier les exécutions. %1 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Inlet n’a pas pu vérifier les exécutions. %1 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run has started yet. Platform starts the first one at the scheduled time.</source>
        <translation>Aucune exécution n’a encore commencé. Platform lance la première à l’heure prévue.</translation>
    </message>
    <message>
        <source>Checking for runs…</source>
        <translation>Recherche des exécutions…</translation>
    </message>
    <message>
        <source>Last updated at %1.</source>
        <translation>Dernière mise à jour à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s).</source>
        <translation>
            <numerusform>Prochaine vérification dans %n seconde.</numerusform>
            <numerusform>Prochaine vérification dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::SchedulePage</name>
    <message>
        <source>Once</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Choose a date or timestamp column</source>
        <translation>Choisissez une colonne de date ou d’horodatage</translation>
    </message>
    <message>
        <source>&lt;p&gt;Name the dataflow; the objects Inlet creates for it are named after it. Choose &lt;b&gt;Once&lt;/b&gt; to read the source a single time, or how often the dataflow runs: Platform runs it at most every 15 minutes, and every hour, day or week at most once per interval.&lt;/p&gt;&lt;p&gt;The start is in your local time; Platform receives it in UTC. With &lt;b&gt;backfill&lt;/b&gt;, the first run also reads what the source held before the start.&lt;/p&gt;&lt;p&gt;A scheduled table source needs a &lt;b&gt;delta column&lt;/b&gt;, a date or timestamp column that each run compares with its time window to read only new rows. A table without one can only be read once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Error diagnostics&lt;/b&gt; keep the reason each rejected record failed. With &lt;b&gt;partial ingestion&lt;/b&gt;, a run succeeds while the share of failed records stays at or below the threshold; without it, one failed record fails the run.&lt;/p&gt;&lt;p&gt;For Databricks, Inlet checks that the landing-zone token in your cluster&apos;s Spark config is still valid for the first runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nommez le flux de données&#xa0;; les objets qu’Inlet crée pour lui portent son nom. Choisissez &lt;b&gt;Une seule fois&lt;/b&gt; pour lire la source une seule fois, ou indiquez la fréquence d’exécution du flux de données&#xa0;: Platform l’exécute au plus toutes les 15 minutes, et, par heure, jour ou semaine, au plus une fois par intervalle.&lt;/p&gt;&lt;p&gt;Le début est exprimé dans votre heure locale&#xa0;; Platform le reçoit en UTC. Avec le &lt;b&gt;backfill&lt;/b&gt;, la première exécution lit aussi ce que la source contenait avant le début.&lt;/p&gt;&lt;p&gt;Une source de type table planifiée a besoin d’une &lt;b&gt;colonne delta&lt;/b&gt;&#xa0;: une colonne de date ou d’horodatage que chaque exécution compare à sa fenêtre temporelle pour ne lire que les nouvelles lignes. Une table qui n’en a pas ne peut être lue qu’une seule fois.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;diagnostics d’erreur&lt;/b&gt; conservent la raison de l’échec de chaque enregistrement rejeté. Avec l’&lt;b&gt;ingestion partielle&lt;/b&gt;, une exécution réussit tant que la part d’enregistrements en échec reste inférieure ou égale au seuil&#xa0;; sans elle, un seul enregistrement en échec fait échouer l’exécution.&lt;/p&gt;&lt;p&gt;Pour Databricks, Inlet vérifie que le jeton de la zone d’atterrissage figurant dans la configuration Spark de votre cluster est encore valable pour les premières exécutions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Give the dataflow a name.</source>
        <translation>Donnez un nom au flux de données.</translation>
    </message>
    <message>
        <source>%1 has no date or timestamp column, so no run could tell its new rows from those already read: it can only be read once. Choose Once.</source>
        <translation>%1 n’a pas de colonne de date ou d’horodatage&#xa0;; aucune exécution ne pourrait donc distinguer ses nouvelles lignes de celles déjà lues&#xa0;: il ne peut être lu qu’une seule fois. Choisissez «&#xa0;Une seule fois&#xa0;».</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>No date or timestamp column</source>
        <translation>Aucune colonne de date ou d’horodatage</translation>
    </message>
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
            <numerusform>heure</numerusform>
            <numerusform>heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Local time (%1); %2 UTC</source>
        <translation>Heure locale (%1)&#xa0;; %2 UTC</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inlet could not check when the landing-zone token expires. %1</source>
        <translation>Inlet n’a pas pu vérifier quand le jeton de la zone d’atterrissage expire. %1</translation>
    </message>
</context>
<context>
    <name>Inlet::ScheduleRules</name>
    <message numerus="yes">
        <source>Platform runs a dataflow at most every %n minute(s); choose an interval of at least %n.</source>
        <translation>
            <numerusform>Platform exécute un flux de données au plus toutes les %n minute&#xa0;; choisissez un intervalle d’au moins %n.</numerusform>
            <numerusform>Platform exécute un flux de données au plus toutes les %n minutes&#xa0;; choisissez un intervalle d’au moins %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose when the first run starts.</source>
        <translation>Choisissez quand la première exécution commence.</translation>
    </message>
    <message>
        <source>The start is more than one interval in the past and backfill is off, so the first runs would read nothing. Move the start, or turn backfill on.</source>
        <translation>Le début se situe plus d’un intervalle dans le passé et le backfill est désactivé&#xa0;; les premières exécutions ne liraient donc rien. Déplacez le début, ou activez le backfill.</translation>
    </message>
    <message>
        <source>A scheduled table source needs a delta column: the timestamp each run compares with its window to read only new rows.</source>
        <translation>Une source de type table planifiée a besoin d’une colonne delta&#xa0;: l’horodatage que chaque exécution compare à sa fenêtre pour ne lire que les nouvelles lignes.</translation>
    </message>
    <message>
        <source>The partial-ingestion threshold is a percentage between 1 and 100.</source>
        <translation>Le seuil d’ingestion partielle est un pourcentage compris entre 1 et 100.</translation>
    </message>
</context>
<context>
    <name>Inlet::SchemaTableModel</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type dans la source</translation>
    </message>
    <message>
        <source>XDM type</source>
        <translation>Type XDM</translation>
    </message>
</context>
<context>
    <name>Inlet::SecretEditor</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>Inlet::SecretStore</name>
    <message>
        <source>No saved secret was found in the system keychain.</source>
        <translation>Aucun secret enregistré n’a été trouvé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again; until then Inlet cannot remember secrets.</source>
        <translation>Aucun trousseau système n’est disponible. Installez et démarrez un fournisseur Secret Service comme GNOME Keyring ou KWallet, puis réessayez&#x202f;; d’ici là, Inlet ne peut pas mémoriser de secrets.</translation>
    </message>
    <message numerus="yes">
        <source>This secret is too long to store in the system keychain (more than %n bytes).</source>
        <translation>
            <numerusform>Ce secret est trop long pour être stocké dans le trousseau du système (plus de %n octet).</numerusform>
            <numerusform>Ce secret est trop long pour être stocké dans le trousseau du système (plus de %n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it in the prompt it shows, or in your keyring manager (for example Passwords and Keys), then try again.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le dans la fenêtre qu’il affiche ou dans votre gestionnaire de trousseaux (par exemple Mots de passe et clés), puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Try again and allow Inlet to use it, or go on without saving the secret.</source>
        <translation>L’accès au trousseau du système a été refusé. Réessayez en autorisant Inlet à l’utiliser, ou continuez sans enregistrer le secret.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: “%1”. Try again.</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: «&#xa0;%1&#xa0;». Réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again.</source>
        <translation>Le trousseau du système a signalé une erreur. Réessayez.</translation>
    </message>
</context>
<context>
    <name>Inlet::SourceIconProxyModel</name>
    <message>
        <source>%1 (beta)</source>
        <translation>%1 (bêta)</translation>
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
        <translation>&lt;p&gt;Choisissez le système d’où proviennent vos données. Saisissez une partie de son nom, de sa catégorie ou de sa description pour filtrer la liste&#x202f;; utilisez les touches fléchées pour vous déplacer et Entrée pour continuer.&lt;/p&gt;&lt;p&gt;La liste est fournie avec Inlet et fonctionne hors ligne. &lt;b&gt;Actualiser depuis Platform&lt;/b&gt; demande à Flow Service ses connection specs actuelles et ajoute toute source qu’Inlet ne connaît pas encore.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no source &quot;%1&quot;; choose one from the list.</source>
        <translation>Il n’existe pas de source «&#xa0;%1&#xa0;»&#x202f;; choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Documentation for %2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentation de %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No source matches &quot;%1&quot;.</source>
        <translation>Aucune source ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in on the previous page to refresh the list from Platform.</source>
        <translation>Connectez-vous à la page précédente pour actualiser la liste depuis Platform.</translation>
    </message>
    <message>
        <source>Asking Platform for its sources…</source>
        <translation>Interrogation de Platform sur ses sources…</translation>
    </message>
    <message>
        <source>The list could not be refreshed; the sources Inlet knows are still here. %1</source>
        <translation>La liste n’a pas pu être actualisée&#x202f;; les sources connues d’Inlet restent disponibles. %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed; the sources Inlet knows are still here. Platform&apos;s answer was not a list of sources; try again later.</source>
        <translation>La liste n’a pas pu être actualisée&#x202f;; les sources connues d’Inlet restent disponibles. La réponse de Platform n’était pas une liste de sources&#x202f;; réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n source(s) from Platform.</source>
        <translation>
            <numerusform>%n source actualisée depuis Platform.</numerusform>
            <numerusform>%n sources actualisées depuis Platform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n specification(s) could not be read and were skipped.</source>
        <translation>
            <numerusform>%n spécification n’a pas pu être lue et a été ignorée.</numerusform>
            <numerusform>%n spécifications n’ont pas pu être lues et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Adobe marks this source as beta.</source>
        <translation>Adobe indique que cette source est en bêta.</translation>
    </message>
</context>
<context>
    <name>Inlet::SparkConfigLine</name>
    <message>
        <source>The landing zone&apos;s container name &quot;%1&quot; is not a valid Azure container name.</source>
        <translation>Le nom de conteneur «&#xa0;%1&#xa0;» de la zone d’atterrissage n’est pas un nom de conteneur Azure valide.</translation>
    </message>
    <message>
        <source>The landing zone&apos;s storage account name &quot;%1&quot; is not a valid Azure storage account name.</source>
        <translation>Le nom de compte de stockage «&#xa0;%1&#xa0;» de la zone d’atterrissage n’est pas un nom de compte de stockage Azure valide.</translation>
    </message>
    <message>
        <source>Platform returned no SAS token. Refresh the credentials and try again.</source>
        <translation>Platform n’a renvoyé aucun jeton SAS. Renouvelez les identifiants et réessayez.</translation>
    </message>
    <message>
        <source>The SAS token contains white space, so it was probably URL-decoded on the way. Fetch the credentials again instead of editing the token.</source>
        <translation>Le jeton SAS contient des espaces&#x202f;; il a donc probablement été décodé (URL) en chemin. Récupérez de nouveau les identifiants au lieu de modifier le jeton.</translation>
    </message>
    <message>
        <source>The SAS token contains &apos;+&apos;, so it was probably URL-decoded on the way (Azure needs %2B there). Fetch the credentials again instead of editing the token.</source>
        <translation>Le jeton SAS contient «&#xa0;+&#xa0;»&#x202f;; il a donc probablement été décodé (URL) en chemin (Azure attend %2B à cet endroit). Récupérez de nouveau les identifiants au lieu de modifier le jeton.</translation>
    </message>
    <message>
        <source>The SAS token has no signature (sig=). Fetch the credentials again.</source>
        <translation>Le jeton SAS n’a pas de signature (sig=). Récupérez de nouveau les identifiants.</translation>
    </message>
</context>
<context>
    <name>Inlet::TargetPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>The name it is listed under in Platform</source>
        <translation>Le nom sous lequel il apparaît dans Platform</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose where the data goes in Platform. &lt;b&gt;An existing dataset&lt;/b&gt; keeps its schema: search by the dataset&apos;s name or its schema&apos;s title. &lt;b&gt;A new dataset on a schema&lt;/b&gt; is created with the dataflow, under the name you type, on the XDM schema you choose.&lt;/p&gt;&lt;p&gt;The fields of the schema are shown on the right: required fields and identities are marked, since the mapping on the next page must fill them.&lt;/p&gt;&lt;p&gt;If the schema cannot take the chosen table or file (a dataset without a schema, or a required field no column can fill), the reason is shown and &lt;b&gt;Next&lt;/b&gt; stays disabled: choose another dataset, or a new one on a schema that fits. A schema none of whose fields match a column by name can still be used; you then map every column yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez où vont les données dans Platform. &lt;b&gt;Un jeu de données existant&lt;/b&gt; conserve son schéma&#xa0;: recherchez-le par son nom ou par le titre de son schéma. &lt;b&gt;Un nouveau jeu de données sur un schéma&lt;/b&gt; est créé avec le flux de données, sous le nom que vous saisissez, sur le schéma XDM que vous choisissez.&lt;/p&gt;&lt;p&gt;Les champs du schéma s’affichent à droite&#xa0;: les champs obligatoires et les identités sont signalés, car le mappage de la page suivante doit les remplir.&lt;/p&gt;&lt;p&gt;Si le schéma ne peut pas accueillir la table ou le fichier choisi (un jeu de données sans schéma, ou un champ obligatoire qu’aucune colonne ne peut remplir), la raison s’affiche et &lt;b&gt;Suivant&lt;/b&gt; reste désactivé&#xa0;: choisissez un autre jeu de données, ou un nouveau sur un schéma adapté. Un schéma dont aucun champ ne correspond par son nom à une colonne reste utilisable&#xa0;; vous mappez alors vous-même chaque colonne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation>Jeu de données cible</translation>
    </message>
    <message>
        <source>There is no table or file to ingest yet. Go back and choose one on the Select data page.</source>
        <translation>Il n’y a encore aucune table ni aucun fichier à ingérer. Revenez en arrière et choisissez-en un sur la page «&#xa0;Sélectionner les données&#xa0;».</translation>
    </message>
    <message>
        <source>Where the data of %1 goes in Platform: a dataset that exists, or a new one on an XDM schema.</source>
        <translation>L’endroit où vont les données de %1 dans Platform&#xa0;: un jeu de données existant, ou un nouveau sur un schéma XDM.</translation>
    </message>
    <message>
        <source>Asking Platform for the sandbox&apos;s datasets and schemas…</source>
        <translation>Interrogation de Platform sur les jeux de données et schémas de la sandbox…</translation>
    </message>
    <message>
        <source>Stopped. Choose Retry to ask again.</source>
        <translation>Interrompu. Choisissez Réessayer pour redemander.</translation>
    </message>
    <message>
        <source>The datasets and schemas could not be listed. %1</source>
        <translation>Impossible de lister les jeux de données et les schémas. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) in the sandbox %1.</source>
        <translation>
            <numerusform>%n schéma dans la sandbox %1.</numerusform>
            <numerusform>%n schémas dans la sandbox %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Reading the fields of the schema “%1”…</source>
        <translation>Lecture des champs du schéma «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The fields of the schema “%1” could not be read. %2</source>
        <translation>Les champs du schéma «&#xa0;%1&#xa0;» n’ont pas pu être lus. %2</translation>
    </message>
    <message numerus="yes">
        <source>The schema “%1” has %n field(s).</source>
        <translation>
            <numerusform>Le schéma «&#xa0;%1&#xa0;» a %n champ.</numerusform>
            <numerusform>Le schéma «&#xa0;%1&#xa0;» a %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the schema of the new dataset to see its fields.</source>
        <translation>Choisissez le schéma du nouveau jeu de données pour voir ses champs.</translation>
    </message>
    <message>
        <source>A new dataset on the schema &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Un nouveau jeu de données sur le schéma &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, without an XDM schema.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, sans schéma XDM.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, on the schema &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, sur le schéma &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose a dataset to see the fields of its schema.</source>
        <translation>Choisissez un jeu de données pour voir les champs de son schéma.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>primary identity</source>
        <translation>identité principale</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>Choose another dataset, or a new dataset on a schema that fits.</source>
        <translation>Choisissez un autre jeu de données, ou un nouveau jeu de données sur un schéma adapté.</translation>
    </message>
</context>
<context>
    <name>Inlet::TokenProvider</name>
    <message>
        <source>The IMS token response has no access_token or expires_in.</source>
        <translation>Il manque access_token ou expires_in dans la réponse de jeton d’IMS.</translation>
    </message>
</context>
<context>
    <name>Inlet::WatchRuns</name>
    <message>
        <source>The Databricks cluster could not read the landing zone: its Spark config lacks the landing-zone line, or still holds a token that a refresh revoked. Copy the current line into the cluster&apos;s Spark config, restart the cluster, and the next run will read the data.</source>
        <translation>Le cluster Databricks n’a pas pu lire la zone d’atterrissage&#xa0;: sa configuration Spark ne contient pas la ligne de la zone d’atterrissage, ou contient encore un jeton révoqué par un renouvellement. Copiez la ligne actuelle dans la configuration Spark du cluster, redémarrez le cluster, et la prochaine exécution lira les données.</translation>
    </message>
    <message>
        <source>The run failed without giving a reason.</source>
        <translation>L’exécution a échoué sans indiquer de raison.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>L’exécution a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be ingested; the others were.</source>
        <translation>
            <numerusform>%n enregistrement n’a pas pu être ingéré&#xa0;; les autres l’ont été.</numerusform>
            <numerusform>%n enregistrements n’ont pas pu être ingérés&#xa0;; les autres l’ont été.</numerusform>
        </translation>
    </message>
    <message>
        <source>The landing-zone token in the cluster&apos;s Spark config expires on %1, before the dataflow&apos;s next runs. Refresh the token before then and paste the new line into the cluster, or those runs will fail.</source>
        <translation>Le jeton de la zone d’atterrissage figurant dans la configuration Spark du cluster expire le %1, avant les prochaines exécutions du flux de données. Renouvelez le jeton d’ici là et collez la nouvelle ligne dans le cluster, sinon ces exécutions échoueront.</translation>
    </message>
</context>
<context>
    <name>LandingZonePage</name>
    <message>
        <source>Give Databricks access to Platform&apos;s staging storage</source>
        <translation>Donner à Databricks l’accès au stockage intermédiaire de Platform</translation>
    </message>
    <message>
        <source>Platform stages Databricks data in its own Azure Blob Storage. Your cluster needs this line in its Spark config to reach it.</source>
        <translation>Platform place les données Databricks dans son propre Azure Blob Storage. Votre cluster a besoin de cette ligne dans sa configuration Spark pour y accéder.</translation>
    </message>
    <message>
        <source>In Databricks, open your cluster, choose &lt;b&gt;Advanced options&lt;/b&gt; and paste this line into the &lt;b&gt;Spark config&lt;/b&gt; box:</source>
        <translation>Dans Databricks, ouvrez votre cluster, choisissez &lt;b&gt;Advanced options&lt;/b&gt; et collez cette ligne dans la zone &lt;b&gt;Spark config&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Spark config &amp;line:</source>
        <translation>L&amp;igne de configuration Spark&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Show the SAS &amp;token</source>
        <translation>Afficher le &amp;jeton SAS</translation>
    </message>
    <message>
        <source>&amp;Refresh credentials…</source>
        <translation>&amp;Renouveler les identifiants…</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;The cluster must be running while you create the connection and whenever you explore or preview data.&lt;/li&gt;&lt;li&gt;Do not modify the &lt;code&gt;adobe-managed-staging&lt;/code&gt; folder in the container.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Le cluster doit être en cours d’exécution pendant la création de la connexion et chaque fois que vous explorez ou prévisualisez des données.&lt;/li&gt;&lt;li&gt;Ne modifiez pas le dossier &lt;code&gt;adobe-managed-staging&lt;/code&gt; du conteneur.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>I &amp;added this line to my cluster&apos;s Spark config</source>
        <translation>J’ai ajouté cette &amp;ligne à la configuration Spark de mon cluster</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map columns</source>
        <translation>Mapper les colonnes</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>&amp;Mappage des colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Chec&amp;k with Platform</source>
        <translation>&amp;Vérifier avec Platform</translation>
    </message>
    <message>
        <source>&amp;Reset to suggestions</source>
        <translation>&amp;Rétablir les suggestions</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Interr&amp;ompre</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>Pre&amp;view of the first rows as the schema receives them:</source>
        <translation>Aperçu des premières &amp;lignes telles que le schéma les reçoit&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>Afficher l’aperç&amp;u</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Afficher l’aide, y compris les options propres à Qt.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The interval must be at least 1.</source>
        <translation>L’intervalle doit être d’au moins 1.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Connection &amp;ID:</source>
        <translation>ID de la &amp;connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>Copier l’&amp;ID</translation>
    </message>
    <message>
        <source>ETa&amp;g:</source>
        <translation>ETa&amp;g&#xa0;:</translation>
    </message>
    <message>
        <source>Cop&amp;y ETag</source>
        <translation>C&amp;opier l’ETag</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check the details. Nothing is sent to Platform until you choose Create connection.</source>
        <translation>Vérifiez les informations. Rien n’est envoyé à Platform tant que vous n’avez pas choisi «&#xa0;Créer la connexion&#xa0;».</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The same &amp;request as a curl command (secrets replaced by placeholders):</source>
        <translation>La même re&amp;quête sous forme de commande curl (secrets remplacés par des espaces réservés)&#xa0;:</translation>
    </message>
    <message>
        <source>Cop&amp;y command</source>
        <translation>C&amp;opier la commande</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Dataflow &amp;ID:</source>
        <translation>&amp;ID du flux de données&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;uns, newest first:</source>
        <translation>Exéc&amp;utions, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the Spark config &amp;line</source>
        <translation>Afficher la &amp;ligne de configuration Spark</translation>
    </message>
    <message>
        <source>&amp;Errors of the selected run:</source>
        <translation>&amp;Erreurs de l’exécution sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Name the dataflow and choose when it reads the source.</source>
        <translation>Nommez le flux de données et choisissez quand il lit la source.</translation>
    </message>
    <message>
        <source>Flow na&amp;me:</source>
        <translation>&amp;Nom du flux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;lso read what the source held before the start (backfill)</source>
        <translation>&amp;Lire aussi ce que la source contenait avant le début (backfill)</translation>
    </message>
    <message>
        <source>Del&amp;ta column:</source>
        <translation>&amp;Colonne delta&#xa0;:</translation>
    </message>
    <message>
        <source>Collect &amp;error diagnostics for rejected records</source>
        <translation>Collecter les diagnostics d’&amp;erreur des enregistrements rejetés</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Allow &amp;partial ingestion</source>
        <translation>Autoriser l’ingestion pa&amp;rtielle</translation>
    </message>
    <message>
        <source>With partial ingestion, a run fails only when more than this share of its records fail.</source>
        <translation>Avec l’ingestion partielle, une exécution n’échoue que si la part de ses enregistrements en échec dépasse ce seuil.</translation>
    </message>
    <message>
        <source>Failed records th&amp;reshold:</source>
        <translation>Se&amp;uil d’échec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose a source</source>
        <translation>Choisir une source</translation>
    </message>
    <message>
        <source>Pick the system you want to bring data from. Type to filter the list.</source>
        <translation>Choisissez le système dont vous voulez importer les données. Tapez pour filtrer la liste.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, category or description</source>
        <translation>Nom, catégorie ou description</translation>
    </message>
    <message>
        <source>&amp;Refresh from Platform</source>
        <translation>Actualiser &amp;depuis Platform</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Target dataset</source>
        <translation>Jeu de données cible</translation>
    </message>
    <message>
        <source>An e&amp;xisting dataset</source>
        <translation>Un jeu de données e&amp;xistant</translation>
    </message>
    <message>
        <source>A ne&amp;w dataset on a schema</source>
        <translation>Un nou&amp;veau jeu de données sur un schéma</translation>
    </message>
    <message>
        <source>&amp;Search datasets:</source>
        <translation>Rec&amp;hercher des jeux de données&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of a name or schema</source>
        <translation>Saisissez une partie d’un nom ou d’un schéma</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>&amp;Jeux de données&#xa0;:</translation>
    </message>
    <message>
        <source>Dataset na&amp;me (required):</source>
        <translation>&amp;Nom du jeu de données (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Search schemas:</source>
        <translation>Rec&amp;hercher des schémas&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of a title</source>
        <translation>Saisissez une partie d’un titre</translation>
    </message>
    <message>
        <source>S&amp;chemas:</source>
        <translation>Sché&amp;mas&#xa0;:</translation>
    </message>
    <message>
        <source>Schema fie&amp;lds:</source>
        <translation>&amp;Champs du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Interr&amp;ompre</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
</context>
</TS>
