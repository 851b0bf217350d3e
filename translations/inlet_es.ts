<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountPage</name>
    <message>
        <source>Platform account</source>
        <translation>Cuenta de Platform</translation>
    </message>
    <message>
        <source>Sign in to the organization and sandbox where the connection will be created.</source>
        <translation>Iniciar sesión en la organización y la zona protegida donde se creará la conexión.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Pick a saved profile, or type a new name to save these settings under it.</source>
        <translation>Elegir un perfil guardado o escribir un nombre nuevo para guardar esta configuración con ese nombre.</translation>
    </message>
    <message>
        <source>&amp;Organization ID (required):</source>
        <translation>ID de &amp;organización (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Sandbox (required):</source>
        <translation>&amp;Zona protegida (obligatoria):</translation>
    </message>
    <message>
        <source>&amp;Client ID (required):</source>
        <translation>ID de &amp;cliente (obligatorio):</translation>
    </message>
    <message>
        <source>The API key of your Adobe Developer Console project; sent as x-api-key.</source>
        <translation>La clave de API del proyecto de Adobe Developer Console; se envía como x-api-key.</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>&amp;Secreto de cliente</translation>
    </message>
    <message>
        <source>Pasted &amp;access token</source>
        <translation>&amp;Token de acceso pegado</translation>
    </message>
    <message>
        <source>Client secre&amp;t (required):</source>
        <translation>S&amp;ecreto de cliente (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Guardar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Opciones a&amp;vanzadas</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>UR&amp;L de Platform:</translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation>URL de &amp;IMS:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>Leave empty to use the system&apos;s proxy settings, or enter http://host:port.</source>
        <translation>Dejar vacío para usar la configuración de proxy del sistema o escribir http://host:puerto.</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>Inicia&amp;r sesión</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Connection na&amp;me (required):</source>
        <translation>Nombre de la &amp;conexión (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Description (optional):</source>
        <translation>&amp;Descripción (opcional):</translation>
    </message>
    <message>
        <source>&amp;Remember credentials in the system keychain</source>
        <translation>&amp;Guardar las credenciales en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>DataflowPage</name>
    <message>
        <source>Create the dataflow</source>
        <translation>Crear el flujo de datos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Delete what was created</source>
        <translation>&amp;Eliminar lo creado</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>&amp;Guardar y terminar más tarde</translation>
    </message>
</context>
<context>
    <name>DataflowReviewPage</name>
    <message>
        <source>Review the dataflow</source>
        <translation>Revisar el flujo de datos</translation>
    </message>
    <message>
        <source>Check the details. Nothing is sent to Platform until you choose Create.</source>
        <translation>Revise los datos. No se envía nada a Platform hasta que elija «Crear».</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The requests Create sends, in this order, as curl commands. Placeholders stand for your access token and for the IDs Platform answers with:</source>
        <translation>Las solicitudes que envía «Crear», en este orden, como comandos curl. Los marcadores sustituyen a su token de acceso y a los ID con los que responde Platform:</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copiar &amp;todo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
</context>
<context>
    <name>ExistingConnectionsPage</name>
    <message>
        <source>Existing connections</source>
        <translation>Conexiones existentes</translation>
    </message>
    <message>
        <source>Reuse a connection this sandbox already has, or create a new one.</source>
        <translation>Reutilizar una conexión que ya exista en esta zona protegida o crear una nueva.</translation>
    </message>
    <message>
        <source>&amp;Create a new connection</source>
        <translation>&amp;Crear una conexión nueva</translation>
    </message>
    <message>
        <source>&amp;Use the connection selected below</source>
        <translation>Usar la conexión &amp;seleccionada abajo</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Select data</source>
        <translation>Seleccionar datos</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
    <message>
        <source>&amp;Tables and files:</source>
        <translation>&amp;Tablas y archivos:</translation>
    </message>
    <message>
        <source>File t&amp;ype:</source>
        <translation>Tipo de arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Co&amp;mpresión:</translation>
    </message>
    <message>
        <source>Read fi&amp;le</source>
        <translation>&amp;Leer archivo</translation>
    </message>
    <message>
        <source>S&amp;chema</source>
        <translation>Es&amp;quema</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Det&amp;ener</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Detail&amp;s</source>
        <translation>Detalle&amp;s</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
</context>
<context>
    <name>Inlet::AccountPage</name>
    <message>
        <source>Show secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet signs in to Adobe Experience Platform with the OAuth Server-to-Server credential of an Adobe Developer Console project that has the Experience Platform API added.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Organization ID&lt;/b&gt; ends in &lt;code&gt;@AdobeOrg&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sandbox&lt;/b&gt; is the lower-case sandbox name, &lt;code&gt;prod&lt;/code&gt; by default.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Client ID&lt;/b&gt; is the project&apos;s API key; &lt;b&gt;client secret&lt;/b&gt; is its secret. You may instead paste an access token you got elsewhere; it expires after 24 hours.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The secret is kept in your system keychain, never in a file. &lt;b&gt;Advanced&lt;/b&gt; changes the Platform and IMS addresses, the OAuth scopes and the proxy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet inicia sesión en Adobe Experience Platform con la credencial OAuth de servidor a servidor de un proyecto de Adobe Developer Console que tenga añadida la API de Experience Platform.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;El &lt;b&gt;ID de organización&lt;/b&gt; termina en &lt;code&gt;@AdobeOrg&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zona protegida&lt;/b&gt; es el nombre de la zona protegida en minúsculas; de forma predeterminada, &lt;code&gt;prod&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;El &lt;b&gt;ID de cliente&lt;/b&gt; es la clave de API del proyecto, y el &lt;b&gt;secreto de cliente&lt;/b&gt;, su secreto. También es posible pegar un token de acceso obtenido por otra vía; caduca a las 24 horas.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;El secreto se guarda en el llavero del sistema, nunca en un archivo. &lt;b&gt;Opciones avanzadas&lt;/b&gt; permite cambiar las direcciones de Platform e IMS, los ámbitos de OAuth y el proxy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Access &amp;token (required):</source>
        <translation>Token de &amp;acceso (obligatorio):</translation>
    </message>
    <message>
        <source>Client secre&amp;t (required):</source>
        <translation>S&amp;ecreto de cliente (obligatorio):</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Mostrar el token de acceso</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>Enter the organization ID.</source>
        <translation>Introducir el ID de organización.</translation>
    </message>
    <message>
        <source>The organization ID must look like 0123456789ABCDEF01234567@AdobeOrg.</source>
        <translation>El ID de organización debe tener la forma 0123456789ABCDEF01234567@AdobeOrg.</translation>
    </message>
    <message>
        <source>The sandbox name uses lower-case letters, digits and hyphens, for example prod.</source>
        <translation>El nombre de la zona protegida solo admite minúsculas, dígitos y guiones, por ejemplo prod.</translation>
    </message>
    <message>
        <source>Enter the client ID (API key) of your Developer Console project.</source>
        <translation>Introducir el ID de cliente (la clave de API) del proyecto de Developer Console.</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Pegar un token de acceso.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Introducir el secreto de cliente.</translation>
    </message>
    <message>
        <source>%1 must be a web address such as https://platform.adobe.io.</source>
        <translation>%1 debe ser una dirección web, como https://platform.adobe.io.</translation>
    </message>
    <message>
        <source>The proxy must be a web address such as http://proxy.example.com:3128, or empty.</source>
        <translation>El proxy debe ser una dirección web, como http://proxy.example.com:3128, o quedar vacío.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in to %1, sandbox %2.</source>
        <translation>Sesión iniciada en %1, zona protegida %2.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the proxy address: Inlet does not store proxy credentials. Leave the field empty to use the system proxy, which may carry them.</source>
        <translation>Quite el nombre de usuario y la contraseña de la dirección del proxy: Inlet no guarda credenciales de proxy. Deje el campo vacío para usar el proxy del sistema, que puede llevarlas.</translation>
    </message>
    <message>
        <source>Send the Saved Secret to a New Address?</source>
        <translation>¿Enviar el secreto guardado a una dirección nueva?</translation>
    </message>
    <message>
        <source>The profile “%1” and its secret were saved for:
IMS: %2
Platform: %3

This sign-in would send the secret to:
IMS: %4
Platform: %5

Continue only if you trust the new address. If signing in works, the profile keeps it.</source>
        <translation>El perfil «%1» y su secreto se guardaron para:
IMS: %2
Platform: %3

Este inicio de sesión enviaría el secreto a:
IMS: %4
Platform: %5

Continúe solo si confía en la dirección nueva. Si el inicio de sesión funciona, el perfil la conserva.</translation>
    </message>
    <message>
        <source>Use the New Address</source>
        <translation>Usar la dirección nueva</translation>
    </message>
    <message>
        <source>Sign In at a Non-Adobe Address?</source>
        <translation>¿Iniciar sesión en una dirección que no es de Adobe?</translation>
    </message>
    <message>
        <source>Signing in sends your secret to addresses that are not Adobe&apos;s:
IMS: %1
Platform: %2

Continue only if you trust this server. You will not be asked again for this profile.</source>
        <translation>Al iniciar sesión se envía su secreto a direcciones que no son de Adobe:
IMS: %1
Platform: %2

Continúe solo si confía en este servidor. No se le volverá a preguntar para este perfil.</translation>
    </message>
    <message>
        <source>Sign In There</source>
        <translation>Iniciar sesión allí</translation>
    </message>
    <message>
        <source>Confirm the address before the secret is sent.</source>
        <translation>Confirme la dirección antes de que se envíe el secreto.</translation>
    </message>
    <message>
        <source>Signed in, but the profile could not be saved: %1 Click Next to go on without saving it.</source>
        <translation>Sesión iniciada, pero no se pudo guardar el perfil: %1 Haga clic en Siguiente para continuar sin guardarlo.</translation>
    </message>
    <message>
        <source>Signed in, but the secret could not be saved: %1 You will need to enter it again next time. Click Next to go on.</source>
        <translation>Sesión iniciada, pero no se pudo guardar el secreto: %1 Tendrá que volver a introducirlo la próxima vez. Haga clic en Siguiente para continuar.</translation>
    </message>
</context>
<context>
    <name>Inlet::AutoMapping</name>
    <message>
        <source>The dataset has no XDM schema, so mapped data cannot be written to it.</source>
        <translation>El conjunto de datos no tiene esquema XDM, así que no se pueden escribir en él datos asignados.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; requires the field &quot;%2&quot; (%3), and no column of the source can fill it.</source>
        <translation>El esquema «%1» requiere el campo «%2» (%3) y ninguna columna de la fuente puede rellenarlo.</translation>
    </message>
    <message>
        <source>No column of the source matches a field of &quot;%1&quot; by name; every column would be mapped by hand.</source>
        <translation>Ninguna columna de la fuente coincide por nombre con un campo de «%1»; habría que asignar cada columna a mano.</translation>
    </message>
</context>
<context>
    <name>Inlet::CatalogParser</name>
    <message>
        <source>Catalog entry %1 is not a JSON object; it was skipped.</source>
        <translation>La entrada %1 del catálogo no es un objeto JSON; se omitió.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>Connection spec %1 has no “id”; it was skipped.</source>
        <translation>La connection spec %1 no tiene «id»; se omitió.</translation>
    </message>
    <message>
        <source>Connection spec %1 (%2)</source>
        <translation>Connection spec %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the id may only contain letters, digits, “.”, “_” and “-”; the spec was skipped.</source>
        <translation>%1: el id solo puede contener letras, dígitos, «.», «_» y «-»; se omitió la spec.</translation>
    </message>
    <message>
        <source>%1: “authSpec” is not a list; the spec was skipped.</source>
        <translation>%1: «authSpec» no es una lista; se omitió la spec.</translation>
    </message>
    <message>
        <source>the auth spec name %1 appears twice</source>
        <translation>el nombre de auth spec %1 aparece dos veces</translation>
    </message>
    <message>
        <source>auth spec %1</source>
        <translation>auth spec %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; it was skipped.</source>
        <translation>%1, %2: %3; se omitió.</translation>
    </message>
    <message>
        <source>%1 has no usable authentication spec; it was skipped.</source>
        <translation>%1 no tiene ninguna spec de autenticación utilizable; se omitió.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>it has no “name”</source>
        <translation>no tiene «name»</translation>
    </message>
    <message>
        <source>“type” must be text</source>
        <translation>«type» debe ser texto</translation>
    </message>
    <message>
        <source>it has no “spec” schema object</source>
        <translation>no tiene el objeto de esquema «spec»</translation>
    </message>
    <message>
        <source>the schema’s “type” must be “object”</source>
        <translation>el «type» del esquema debe ser «object»</translation>
    </message>
    <message>
        <source>“properties” must be an object</source>
        <translation>«properties» debe ser un objeto</translation>
    </message>
    <message>
        <source>“required” must be a list of property names</source>
        <translation>«required» debe ser una lista de nombres de propiedades</translation>
    </message>
    <message>
        <source>“required” names %1, which is not a property</source>
        <translation>«required» nombra %1, que no es una propiedad</translation>
    </message>
    <message>
        <source>property %1: %2</source>
        <translation>propiedad %1: %2</translation>
    </message>
    <message>
        <source>the property name is empty</source>
        <translation>el nombre de la propiedad está vacío</translation>
    </message>
    <message>
        <source>a list of several types is not supported</source>
        <translation>no se admite una lista de varios tipos</translation>
    </message>
    <message>
        <source>type %1 is not supported (string, integer, number or boolean)</source>
        <translation>no se admite el tipo %1 (string, integer, number o boolean)</translation>
    </message>
    <message>
        <source>“format”: “password” needs “type”: “string”</source>
        <translation>«format»: «password» requiere «type»: «string»</translation>
    </message>
    <message>
        <source>“examples” must be a list</source>
        <translation>«examples» debe ser una lista</translation>
    </message>
    <message>
        <source>“enum” must be a non-empty list</source>
        <translation>«enum» debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>an “enum” value is not of type %1</source>
        <translation>un valor de «enum» no es de tipo %1</translation>
    </message>
    <message>
        <source>the pattern does not compile (%1 at position %2)</source>
        <translation>el patrón no se compila (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>“minLength” is greater than “maxLength”</source>
        <translation>«minLength» es mayor que «maxLength»</translation>
    </message>
    <message>
        <source>“minimum” is greater than “maximum”</source>
        <translation>«minimum» es mayor que «maximum»</translation>
    </message>
    <message>
        <source>the default value is not of type %1</source>
        <translation>el valor predeterminado no es de tipo %1</translation>
    </message>
    <message>
        <source>the default value is not one of the “enum” values</source>
        <translation>el valor predeterminado no es uno de los valores de «enum»</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 debe ser texto</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more</source>
        <translation>%1 debe ser un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>The connection-spec list is not valid JSON: %1 (at byte %2).</source>
        <translation>La lista de connection specs no es un JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The connection-spec list must be a JSON object with an “items” list.</source>
        <translation>La lista de connection specs debe ser un objeto JSON con una lista «items».</translation>
    </message>
    <message>
        <source>The connection-spec list’s “items” is not a list.</source>
        <translation>El campo «items» de la lista de connection specs no es una lista.</translation>
    </message>
    <message>
        <source>The connection-spec list has no “items”.</source>
        <translation>La lista de connection specs no tiene «items».</translation>
    </message>
    <message>
        <source>The connection-spec list is not valid JSON: %1.</source>
        <translation>La lista de connection specs no es un JSON válido: %1.</translation>
    </message>
    <message>
        <source>“format”: “uri” needs “type”: “string”</source>
        <translation>«format»: «uri» requiere «type»: «string»</translation>
    </message>
    <message>
        <source>“contentEncoding” %1 is not supported (base64)</source>
        <translation>«contentEncoding» %1 no es compatible (base64)</translation>
    </message>
    <message>
        <source>a file’s content needs “type”: “string”</source>
        <translation>el contenido de un archivo requiere «type»: «string»</translation>
    </message>
</context>
<context>
    <name>Inlet::Categories</name>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Almacenamiento en la nube</translation>
    </message>
    <message>
        <source>Consent and preferences</source>
        <translation>Consentimiento y preferencias</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Éxito del cliente</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de datos</translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation>Comercio electrónico</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fidelización</translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation>Automatización de marketing</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
</context>
<context>
    <name>Inlet::ChoiceEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>Inlet::CommandLine</name>
    <message>
        <source>Connect data sources to Adobe Experience Platform.</source>
        <translation>Conectar fuentes de datos a Adobe Experience Platform.</translation>
    </message>
    <message>
        <source>Start with the saved Platform profile &lt;name&gt;.</source>
        <translation>Iniciar con el perfil de Platform guardado &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>Preselect the source with this connection spec id or name.</source>
        <translation>Preseleccionar la fuente con este id de connection spec o este nombre.</translation>
    </message>
    <message>
        <source>Base URL of the Platform API (default https://platform.adobe.io).</source>
        <translation>URL base de la API de Platform (predeterminada: https://platform.adobe.io).</translation>
    </message>
    <message>
        <source>Base URL of Adobe IMS (default https://ims-na1.adobelogin.com).</source>
        <translation>URL base de Adobe IMS (predeterminada: https://ims-na1.adobelogin.com).</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de or ja.</source>
        <translation>Usar este idioma en lugar del idioma del sistema, por ejemplo de o ja.</translation>
    </message>
    <message>
        <source>name</source>
        <comment>value of --profile in --help</comment>
        <translation>nombre</translation>
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
        <translation>código</translation>
    </message>
    <message>
        <source>After signing in, watch the runs of the dataflow with this id.</source>
        <translation>Tras iniciar sesión, seguir las ejecuciones del flujo de datos con este id.</translation>
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
        <translation>Inlet no pudo comprobar si «%1» se creó: %2 Reintentar comprueba antes de enviar nada.</translation>
    </message>
    <message>
        <source>Platform created &quot;%1&quot; before the cancel took effect (ID %2). Try again uses it; nothing is sent a second time.</source>
        <translation>Platform creó «%1» antes de que la cancelación surtiera efecto (ID %2). Reintentar la usa; no se envía nada por segunda vez.</translation>
    </message>
    <message>
        <source>Inlet checked after the cancel: no connection &quot;%1&quot; exists so far. Try again looks once more before it sends anything.</source>
        <translation>Inlet comprobó tras la cancelación: por ahora no existe ninguna conexión «%1». Reintentar vuelve a comprobar antes de enviar nada.</translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the connection was created meanwhile: ID %1. Inlet did not create it a second time.</source>
        <translation>Se perdió la respuesta a la solicitud, pero la conexión se creó entretanto: ID %1. Inlet no la creó por segunda vez.</translation>
    </message>
    <message>
        <source>The connection was not created. It is safe to try again.</source>
        <translation>No se creó la conexión. Se puede volver a intentar sin riesgo.</translation>
    </message>
    <message>
        <source>Inlet could not find out whether the connection was created. Try again looks for it before it sends anything.</source>
        <translation>Inlet no pudo averiguar si se creó la conexión. «Reintentar» la busca antes de enviar nada.</translation>
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
        <translation>el conjunto de datos</translation>
    </message>
    <message>
        <source>the source connection</source>
        <translation>la conexión de origen</translation>
    </message>
    <message>
        <source>the target connection</source>
        <translation>la conexión de destino</translation>
    </message>
    <message>
        <source>the mapping set</source>
        <translation>el conjunto de asignaciones</translation>
    </message>
    <message>
        <source>the dataflow</source>
        <translation>el flujo de datos</translation>
    </message>
    <message>
        <source>Platform has no flow spec &quot;%1&quot;, so it cannot create a dataflow for this source.</source>
        <translation>Platform no tiene ninguna flow spec «%1», así que no puede crear un flujo de datos para esta fuente.</translation>
    </message>
    <message>
        <source>The flow spec &quot;%1&quot; does not accept this source&apos;s connection spec (%2), so Platform cannot create a dataflow for it. Nothing was created.</source>
        <translation>La flow spec «%1» no acepta la connection spec de esta fuente (%2), así que Platform no puede crear un flujo de datos para ella. No se creó nada.</translation>
    </message>
    <message>
        <source>%1 was not created.</source>
        <translation>%1 no se creó.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created; Continue looks for it before it sends anything.</source>
        <translation>No se sabe si se creó %1; Continuar lo comprueba antes de enviar nada.</translation>
    </message>
    <message>
        <source>%1 was not created; Continue sends it again.</source>
        <translation>%1 no se creó; Continuar vuelve a enviar la solicitud.</translation>
    </message>
    <message>
        <source>Mapping set %1 (%2): Platform offers no way to delete mapping sets; one that no dataflow uses does nothing.</source>
        <translation>Conjunto de asignaciones %1 (%2): Platform no ofrece ninguna forma de eliminar conjuntos de asignaciones; uno que ningún flujo de datos usa no tiene ningún efecto.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1 «%2» (%3)</translation>
    </message>
</context>
<context>
    <name>Inlet::CredentialForm</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;utenticación:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (opcional):</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>Archivos de clave JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Key files (*.p8 *.pem *.key *.ppk);;All files (*)</source>
        <translation>Archivos de clave (*.p8 *.pem *.key *.ppk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Cargar %1</translation>
    </message>
</context>
<context>
    <name>Inlet::CredentialsPage</name>
    <message>
        <source>&lt;p&gt;These are the credentials Platform uses to reach %1. The fields come from the source&apos;s credential table; hover over a field for its description.&lt;/p&gt;&lt;p&gt;Secret fields are hidden while you type; the eye button shows them. With &lt;b&gt;Remember credentials in the system keychain&lt;/b&gt;, Inlet keeps the secrets in your keychain (never in a file) under the new connection&apos;s ID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Estas son las credenciales que Platform usa para acceder a %1. Los campos proceden de la tabla de credenciales de la fuente; al pasar el puntero sobre un campo se muestra su descripción.&lt;/p&gt;&lt;p&gt;Los campos secretos se ocultan al escribir; el botón del ojo los muestra. Con &lt;b&gt;Guardar las credenciales en el llavero del sistema&lt;/b&gt;, Inlet guarda los secretos en el llavero (nunca en un archivo) con el ID de la nueva conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>Credenciales para %1</translation>
    </message>
    <message>
        <source>Platform uses these to reach %1. Secrets stay masked and go only to Platform and your keychain.</source>
        <translation>Platform las usa para acceder a %1. Los secretos permanecen ocultos y solo se envían a Platform y al llavero.</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>Conexión de %1</translation>
    </message>
    <message>
        <source>You can still create the connection; the credentials just will not be remembered.</source>
        <translation>Aun así se puede crear la conexión; solo que no se guardarán las credenciales.</translation>
    </message>
    <message>
        <source>Source credentials</source>
        <translation>Credenciales de la fuente</translation>
    </message>
    <message>
        <source>Base connection to %1, created with Inlet</source>
        <translation>Conexión base a %1, creada con Inlet</translation>
    </message>
    <message>
        <source>What you typed could not be kept in case Inlet closes unexpectedly: %1</source>
        <translation>No se pudo conservar lo que escribió por si Inlet se cierra inesperadamente: %1</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowJson</name>
    <message>
        <source>The response is not a JSON array.</source>
        <translation>La respuesta no es una matriz JSON.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The response does not name the new dataset.</source>
        <translation>La respuesta no identifica el nuevo conjunto de datos.</translation>
    </message>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>La respuesta no contiene ninguna matriz «results».</translation>
    </message>
    <message>
        <source>The schema has no $id or no resolved properties.</source>
        <translation>El esquema no tiene $id o no tiene propiedades resueltas.</translation>
    </message>
    <message>
        <source>The response has no &quot;validationResponse&quot; array.</source>
        <translation>La respuesta no contiene ninguna matriz «validationResponse».</translation>
    </message>
    <message>
        <source>The response has no mapping set id.</source>
        <translation>La respuesta no contiene ningún ID de conjunto de asignaciones.</translation>
    </message>
    <message>
        <source>The response has no &quot;items&quot; array.</source>
        <translation>La respuesta no contiene ninguna matriz «items».</translation>
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
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>ID del conjunto de datos</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Conexión de origen</translation>
    </message>
    <message>
        <source>Source connection ID</source>
        <translation>ID de la conexión de origen</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>Conexión de destino</translation>
    </message>
    <message>
        <source>Target connection ID</source>
        <translation>ID de la conexión de destino</translation>
    </message>
    <message>
        <source>Mapping set</source>
        <translation>Conjunto de asignaciones</translation>
    </message>
    <message>
        <source>Mapping set ID</source>
        <translation>ID del conjunto de asignaciones</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Flujo de datos</translation>
    </message>
    <message>
        <source>Dataflow ID</source>
        <translation>ID del flujo de datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet creates the dataflow on Platform, each object once: it checks that the flow spec accepts the source, then creates the dataset (when you chose a new one), the source connection, the target connection, the mapping set and the dataflow itself. Each step shows its state and, once done, the new object&apos;s ID.&lt;/p&gt;&lt;p&gt;If a step fails, the page names it and keeps everything you chose. &lt;b&gt;Continue&lt;/b&gt; goes on from that step; when Platform&apos;s answer was lost, it first looks whether the object was created, so nothing is created twice. &lt;b&gt;Delete what was created&lt;/b&gt; lists the objects made so far and removes them once you confirm; mapping sets stay, as Platform cannot delete them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; interrupts the work; Continue picks it up again. &lt;b&gt;Next&lt;/b&gt; shows the dataflow&apos;s runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet crea el flujo de datos en Platform, cada objeto una sola vez: comprueba que la flow spec acepta la fuente y, después, crea el conjunto de datos (si eligió uno nuevo), la conexión de origen, la conexión de destino, el conjunto de asignaciones y el propio flujo de datos. Cada paso muestra su estado y, una vez completado, el ID del nuevo objeto.&lt;/p&gt;&lt;p&gt;Si un paso falla, la página lo indica y conserva todo lo que eligió. &lt;b&gt;Continuar&lt;/b&gt; sigue desde ese paso; si se perdió la respuesta de Platform, primero comprueba si el objeto se creó, para que nada se cree dos veces. &lt;b&gt;Eliminar lo creado&lt;/b&gt; enumera los objetos creados hasta el momento y los quita cuando usted lo confirma; los conjuntos de asignaciones se quedan, porque Platform no puede eliminarlos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Detener&lt;/b&gt; interrumpe el trabajo; Continuar lo reanuda. &lt;b&gt;Siguiente&lt;/b&gt; muestra las ejecuciones del flujo de datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inlet creates the dataflow &quot;%1&quot; on Platform, each object once.</source>
        <translation>Inlet crea el flujo de datos «%1» en Platform, cada objeto una sola vez.</translation>
    </message>
    <message>
        <source>Checking whether %1 was created meanwhile…</source>
        <translation>Comprobando si se creó %1 entretanto…</translation>
    </message>
    <message>
        <source>Creating the dataflow &quot;%1&quot;…</source>
        <translation>Creando el flujo de datos «%1»…</translation>
    </message>
    <message>
        <source>Checking the flow spec failed.</source>
        <translation>Falló la comprobación de la flow spec.</translation>
    </message>
    <message>
        <source>Creating %1 failed.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>The dataflow &quot;%1&quot; was created. Next shows its runs.</source>
        <translation>Se creó el flujo de datos «%1». Siguiente muestra sus ejecuciones.</translation>
    </message>
    <message>
        <source>Delete these objects from Platform? What you chose in Inlet stays, so Continue can create them again.</source>
        <translation>¿Eliminar estos objetos de Platform? Lo que eligió en Inlet se conserva, así que Continuar puede volver a crearlos.</translation>
    </message>
    <message>
        <source>The mapping set &quot;%1&quot; (%2) stays: Platform cannot delete mapping sets, and one that no dataflow uses does nothing.</source>
        <translation>El conjunto de asignaciones «%1» (%2) se conserva: Platform no puede eliminar conjuntos de asignaciones, y uno que ningún flujo de datos usa no tiene ningún efecto.</translation>
    </message>
    <message>
        <source>Delete What Was Created?</source>
        <translation>¿Eliminar lo creado?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting what was created…</source>
        <translation>Eliminando lo creado…</translation>
    </message>
    <message>
        <source>Deleting failed. %1 The objects still listed above remain; Delete what was created tries again.</source>
        <translation>La eliminación falló. %1 Los objetos que siguen en la lista de arriba se mantienen; Eliminar lo creado lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>What was created is deleted. Continue creates the dataflow again from what you chose.</source>
        <translation>Lo creado se eliminó. Continuar vuelve a crear el flujo de datos a partir de lo que eligió.</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Eliminados:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservados:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Not known whether created</source>
        <translation>Se desconoce si se creó</translation>
    </message>
    <message>
        <source>Dataflow &quot;%1&quot; (%2)</source>
        <translation>Flujo de datos «%1» (%2)</translation>
    </message>
    <message>
        <source>Target connection &quot;%1&quot; (%2)</source>
        <translation>Conexión de destino «%1» (%2)</translation>
    </message>
    <message>
        <source>Source connection &quot;%1&quot; (%2)</source>
        <translation>Conexión de origen «%1» (%2)</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; (%2)</source>
        <translation>Conjunto de datos «%1» (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save and finish later&lt;/b&gt; keeps your choices and the IDs of what exists on this computer, without any secret, so that you can close Inlet. When you sign in again with the same profile, Inlet offers to resume the dataflow where it stopped. Closing Inlet before the dataflow is finished asks whether to keep what was created that way, to delete it, or to go back.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Back&lt;/b&gt; returns to the review, to change your choices, only while nothing exists on Platform: otherwise what was made for the earlier choices would be left behind. Delete what was created first, or Continue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Guardar y terminar más tarde&lt;/b&gt; guarda en este equipo lo que eligió y los ID de lo que ya existe, sin ningún secreto, para que pueda cerrar Inlet. Cuando vuelva a iniciar sesión con el mismo perfil, Inlet ofrece reanudar el flujo de datos donde se detuvo. Si cierra Inlet antes de que el flujo de datos esté terminado, Inlet pregunta si conservar así lo creado, eliminarlo o volver atrás.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Atrás&lt;/b&gt; vuelve a la revisión, para cambiar lo que eligió, solo mientras no exista nada en Platform: de lo contrario, lo creado para las elecciones anteriores quedaría abandonado. Elimine primero lo creado o haga clic en Continuar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picked up where it stopped on %1: the steps above show what exists on Platform. Continue creates the rest.</source>
        <translation>Retomado donde se detuvo el %1: los pasos de arriba muestran lo que existe en Platform. Continuar crea el resto.</translation>
    </message>
    <message>
        <source>The saved setup could not be discarded: %1</source>
        <translation>No se pudo descartar la configuración guardada: %1</translation>
    </message>
    <message>
        <source>Back to the review is not possible while objects made for this dataflow exist on Platform: they would be left behind. To change your choices, delete what was created first; or Continue.</source>
        <translation>No se puede volver a la revisión mientras existan en Platform objetos creados para este flujo de datos: quedarían abandonados. Para cambiar lo que eligió, elimine primero lo creado; o haga clic en Continuar.</translation>
    </message>
    <message>
        <source>Back to the review is not possible: what may exist of this dataflow on Platform would be left behind. Continue finishes the dataflow with your choices as they are.</source>
        <translation>No se puede volver a la revisión: lo que pueda existir de este flujo de datos en Platform quedaría abandonado. Continuar termina el flujo de datos con lo que eligió tal como está.</translation>
    </message>
    <message>
        <source>Inlet keeps one unfinished dataflow, and &quot;%1&quot; (profile &quot;%2&quot;, saved %3) is kept now. Saving this one forgets it: Inlet will no longer offer to finish or delete it.</source>
        <translation>Inlet conserva un solo flujo de datos sin terminar, y ahora es «%1» (perfil «%2», guardado el %3). Guardar este lo olvida: Inlet ya no ofrecerá terminarlo ni eliminarlo.</translation>
    </message>
    <message>
        <source>What it created stays on Platform:</source>
        <translation>Lo que creó se queda en Platform:</translation>
    </message>
    <message>
        <source>Replace the Saved Dataflow?</source>
        <translation>¿Reemplazar el flujo de datos guardado?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>The setup could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <source>The saved setup could not be updated: %1</source>
        <translation>No se pudo actualizar la configuración guardada: %1</translation>
    </message>
    <message>
        <source>Your choices for &quot;%1&quot; are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>Lo que eligió para «%1» está guardado en este equipo, sin secretos: cierre Inlet cuando quiera y luego inicie sesión con el perfil «%2» para reanudar.</translation>
    </message>
    <message numerus="yes">
        <source>Your choices for &quot;%1&quot; and the IDs of the %n object(s) created so far are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>
            <numerusform>Lo que eligió para «%1» y el ID de %n objeto creado hasta ahora están guardados en este equipo, sin secretos: cierre Inlet cuando quiera y luego inicie sesión con el perfil «%2» para reanudar.</numerusform>
            <numerusform>Lo que eligió para «%1» y los ID de los %n objetos creados hasta ahora están guardados en este equipo, sin secretos: cierre Inlet cuando quiera y luego inicie sesión con el perfil «%2» para reanudar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inlet did not close: it is not known whether %1 was created, so it cannot be deleted yet. Continue finds out (and creates the rest); Delete what was created then removes it all.</source>
        <translation>Inlet no se cerró: no se sabe si se creó %1, así que todavía no se puede eliminar. Continuar lo averigua (y crea el resto); Eliminar lo creado elimina después todo.</translation>
    </message>
    <message>
        <source>Mapping set &quot;%1&quot; (%2)</source>
        <translation>Conjunto de asignaciones «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowReviewPage</name>
    <message>
        <source>%1 your time (%2 UTC)</source>
        <translation>%1, hora local (%2 UTC)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message numerus="yes">
        <source>Copied all %n request(s), in the order they are sent.</source>
        <translation>
            <numerusform>Se copió %n solicitud, en el orden en que se envía.</numerusform>
            <numerusform>Se copiaron las %n solicitudes, en el orden en que se envían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Nombre del flujo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Zona protegida</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lee</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabla %1</translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation>Conjunto de datos de destino</translation>
    </message>
    <message>
        <source>New dataset “%1”</source>
        <translation>Conjunto de datos nuevo «%1»</translation>
    </message>
    <message>
        <source>Existing dataset %1</source>
        <translation>Conjunto de datos existente %1</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Asignación</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Primera ejecución</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Relleno histórico</translation>
    </message>
    <message>
        <source>Yes: the first run also reads older data</source>
        <translation>Sí: la primera ejecución también lee datos anteriores</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Delta column</source>
        <translation>Columna delta</translation>
    </message>
    <message>
        <source>Error diagnostics</source>
        <translation>Diagnóstico de errores</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Partial ingestion</source>
        <translation>Ingesta parcial</translation>
    </message>
    <message>
        <source>On: a run fails only above %1 % failed records</source>
        <translation>Activada: una ejecución solo falla por encima del %1 % de registros fallidos</translation>
    </message>
    <message>
        <source>Off: one failed record fails the run</source>
        <translation>Desactivada: un solo registro fallido hace fallar la ejecución</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Cada %n hora</numerusform>
            <numerusform>Cada %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Cada %n semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Create the dataset “%1”</source>
        <translation>Crear el conjunto de datos «%1»</translation>
    </message>
    <message>
        <source>Create the source connection</source>
        <translation>Crear la conexión de origen</translation>
    </message>
    <message>
        <source>Create the target connection</source>
        <translation>Crear la conexión de destino</translation>
    </message>
    <message>
        <source>Create the mapping set</source>
        <translation>Crear el conjunto de asignaciones</translation>
    </message>
    <message>
        <source>Create the dataflow</source>
        <translation>Crear el flujo de datos</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy request %1: %2</source>
        <translation>Copiar la solicitud %1: %2</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <source>Existing dataset “%1” (%2)</source>
        <translation>Conjunto de datos existente «%1» (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the dataflow before it is created: where it reads, where the data goes, how many mapping rules it applies and when it runs (in your time and in UTC, as Platform receives it).&lt;/p&gt;&lt;p&gt;Below are the requests &lt;b&gt;Create&lt;/b&gt; sends, in order, as curl commands. Your access token is replaced by &lt;code&gt;{ACCESS_TOKEN}&lt;/code&gt;, and the IDs Platform answers with by placeholders such as &lt;code&gt;{SOURCE_CONNECTION_ID}&lt;/code&gt;; no secret is shown. Copy one, or all of them, to document the dataflow or to create it yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create&lt;/b&gt; sends each request once. Afterwards you can come back to this page only while nothing exists on Platform, so a second click cannot create a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Revise el flujo de datos antes de crearlo: de dónde lee, adónde van los datos, cuántas reglas de asignación aplica y cuándo se ejecuta (en su hora y en UTC, tal como lo recibe Platform).&lt;/p&gt;&lt;p&gt;Abajo están las solicitudes que envía &lt;b&gt;Crear&lt;/b&gt;, en orden, como comandos curl. Su token de acceso se sustituye por &lt;code&gt;{ACCESS_TOKEN}&lt;/code&gt;, y los ID con los que responde Platform, por marcadores como &lt;code&gt;{SOURCE_CONNECTION_ID}&lt;/code&gt;; no se muestra ningún secreto. Copie una o todas para documentar el flujo de datos o para crearlo usted mismo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Crear&lt;/b&gt; envía cada solicitud una sola vez. Después solo se puede volver a esta página mientras no exista nada en Platform, así que un segundo clic no puede crear un duplicado.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inlet::Error</name>
    <message>
        <source>The response had no body.</source>
        <translation>La respuesta no tenía cuerpo.</translation>
    </message>
    <message>
        <source>The response is an HTML page, not JSON.</source>
        <translation>La respuesta es una página HTML, no JSON.</translation>
    </message>
    <message>
        <source>The response is an HTML page (“%1”), not JSON.</source>
        <translation>La respuesta es una página HTML («%1»), no JSON.</translation>
    </message>
    <message numerus="yes">
        <source>The response is not JSON (%n bytes).</source>
        <translation>
            <numerusform>La respuesta no es JSON (%n byte).</numerusform>
            <numerusform>La respuesta no es JSON (%n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in failed: Adobe IMS did not accept the client ID or client secret. Check both against the OAuth Server-to-Server credential in the Developer Console.</source>
        <translation>Error al iniciar sesión: Adobe IMS no aceptó el ID de cliente o el secreto de cliente. Comprobar que ambos coinciden con la credencial OAuth de servidor a servidor de Developer Console.</translation>
    </message>
    <message>
        <source>Sign-in failed: the requested scopes are not allowed for this credential. Check the scopes in the profile against the Developer Console project.</source>
        <translation>Error al iniciar sesión: los ámbitos solicitados no están permitidos para esta credencial. Comprobar que los ámbitos del perfil coinciden con los del proyecto de Developer Console.</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired. Sign in again, or paste a new access token.</source>
        <translation>El token de acceso no es válido o ha caducado. Volver a iniciar sesión o pegar un token de acceso nuevo.</translation>
    </message>
    <message>
        <source>The API key (the client ID) is missing or not valid. Check the client ID in the profile.</source>
        <translation>Falta la clave de API (el ID de cliente) o no es válida. Comprobar el ID de cliente en el perfil.</translation>
    </message>
    <message>
        <source>A required header is missing. Check that the organization ID, sandbox and client ID are filled in the profile.</source>
        <translation>Falta un encabezado obligatorio. Comprobar que el ID de organización, la zona protegida y el ID de cliente estén rellenados en el perfil.</translation>
    </message>
    <message>
        <source>The credential has no access to this organization. Check the organization ID (…@AdobeOrg) in the profile.</source>
        <translation>La credencial no tiene acceso a esta organización. Comprobar el ID de organización (…@AdobeOrg) en el perfil.</translation>
    </message>
    <message>
        <source>The sandbox name is missing. Enter the sandbox (for example “prod”) in the profile.</source>
        <translation>Falta el nombre de la zona protegida. Introducir la zona protegida (por ejemplo, «prod») en el perfil.</translation>
    </message>
    <message>
        <source>This sandbox does not exist in the organization. Check the sandbox name in the profile.</source>
        <translation>Esta zona protegida no existe en la organización. Comprobar el nombre de la zona protegida en el perfil.</translation>
    </message>
    <message>
        <source>The authentication type does not match the source: Platform does not know this auth spec name for the chosen connection spec. Refresh the source list and choose the source again.</source>
        <translation>El tipo de autenticación no coincide con la fuente: Platform no conoce este nombre de auth spec para la connection spec elegida. Actualizar la lista de fuentes y volver a elegir la fuente.</translation>
    </message>
    <message>
        <source>Platform does not know this source (connection spec). Refresh the source list.</source>
        <translation>Platform no conoce esta fuente (connection spec). Actualizar la lista de fuentes.</translation>
    </message>
    <message>
        <source>Platform rejected a value in the request. Correct the field it names and try again.</source>
        <translation>Platform rechazó un valor de la solicitud. Corregir el campo indicado y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The update was refused because it did not say which version of the connection it changes. Reload the connection and try again.</source>
        <translation>Se rechazó la actualización porque no indicaba qué versión de la conexión modifica. Volver a cargar la conexión e intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The connection was changed elsewhere since Inlet loaded it. Reload it and apply the change again.</source>
        <translation>La conexión se modificó en otro lugar después de que Inlet la cargara. Volver a cargarla y aplicar de nuevo el cambio.</translation>
    </message>
    <message>
        <source>The connection cannot be deleted while dataflows use it. Delete those dataflows first.</source>
        <translation>No se puede eliminar la conexión mientras la usen flujos de datos. Eliminar primero esos flujos de datos.</translation>
    </message>
    <message>
        <source>You do not have permission for this in this organization or sandbox. Ask your Platform administrator for access to Sources in this sandbox.</source>
        <translation>No hay permiso para esta acción en esta organización o zona protegida. Solicitar al administrador de Platform acceso a Fuentes en esta zona protegida.</translation>
    </message>
    <message>
        <source>Platform could not find it; it may have been deleted. Check the ID, organization and sandbox.</source>
        <translation>Platform no lo encontró; es posible que se haya eliminado. Comprobar el ID, la organización y la zona protegida.</translation>
    </message>
    <message>
        <source>Platform is receiving too many requests. Wait a minute and try again.</source>
        <translation>Platform está recibiendo demasiadas solicitudes. Esperar un minuto y volver a intentarlo.</translation>
    </message>
    <message>
        <source>Platform has a temporary problem (HTTP %1). Try again in a few minutes.</source>
        <translation>Platform tiene un problema temporal (HTTP %1). Volver a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1), which Inlet does not follow. Check the base URLs in the profile.</source>
        <translation>El servidor respondió con una redirección (HTTP %1), que Inlet no sigue. Comprobar las URL base en el perfil.</translation>
    </message>
    <message>
        <source>Platform rejected the request (HTTP %1).</source>
        <translation>Platform rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network and proxy settings, then try again.</source>
        <translation>Se perdió la conexión con el servidor. Comprobar la configuración de red y de proxy y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the host name in the profile and your proxy settings.</source>
        <translation>No se encontró el nombre del servidor. Comprobar el nombre de host en el perfil y la configuración de proxy.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port in the profile and your proxy settings.</source>
        <translation>El servidor rechazó la conexión. Comprobar la dirección y el puerto en el perfil y la configuración de proxy.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network or proxy, or raise the timeout in the settings, then try again.</source>
        <translation>El servidor no respondió a tiempo. Comprobar la red o el proxy, o aumentar el tiempo de espera en la configuración, y volver a intentarlo.</translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server&apos;s certificate was not accepted. Check this computer&apos;s date and time and any proxy that inspects TLS.</source>
        <translation>No se pudo establecer una conexión segura: no se aceptó el certificado del servidor. Comprobar la fecha y la hora de este equipo y cualquier proxy que inspeccione TLS.</translation>
    </message>
    <message>
        <source>Platform says: “%1”</source>
        <translation>Platform indica: «%1»</translation>
    </message>
    <message>
        <source>Platform sent an answer Inlet cannot read. Try again; if it keeps happening, a proxy may be changing the responses.</source>
        <translation>Platform envió una respuesta que Inlet no puede leer. Volver a intentarlo; si sigue ocurriendo, es posible que un proxy esté modificando las respuestas.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than Inlet accepts (16 MiB), so it was refused.</source>
        <translation>La respuesta del servidor supera el tamaño que Inlet acepta (16 MiB), por lo que se rechazó.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Inlet has no credential to sign in with. Enter the client secret, or paste an access token.</source>
        <translation>Inlet no tiene ninguna credencial para iniciar sesión. Introducir el secreto de cliente o pegar un token de acceso.</translation>
    </message>
    <message>
        <source>Inlet only talks to Platform over HTTPS. Change the address to start with https:// (plain http is allowed only to this computer).</source>
        <translation>Inlet solo se comunica con Platform mediante HTTPS. Cambiar la dirección para que empiece por https:// (http sin cifrar solo se permite hacia este equipo).</translation>
    </message>
    <message>
        <source>The request may have reached Platform before the connection failed.</source>
        <translation>Es posible que la solicitud llegara a Platform antes de que fallara la conexión.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mensaje del servidor: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Inlet could not save its settings: the folder is not writable or the disk is full. Free some space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Inlet no pudo guardar su configuración: la carpeta no admite escritura o el disco está lleno. Libere espacio o corrija los permisos de la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Adobe IMS says: “%1”</source>
        <translation>Adobe IMS indica: «%1»</translation>
    </message>
    <message>
        <source>The request may have reached Platform before it was cancelled.</source>
        <translation>Es posible que la solicitud llegara a Platform antes de cancelarse.</translation>
    </message>
    <message>
        <source>The secret was not sent: the Platform or IMS address differs from the one it was saved for, and the new address was not confirmed.</source>
        <translation>El secreto no se envió: la dirección de Platform o IMS es distinta de aquella para la que se guardó, y la dirección nueva no se confirmó.</translation>
    </message>
    <message>
        <source>The updated source list could not be saved for the next start: the cache folder is not writable or the disk is full. Inlet uses the updated list until you close it.</source>
        <translation>La lista de orígenes actualizada no se pudo guardar para el próximo inicio: la carpeta de caché no admite escritura o el disco está lleno. Inlet usa la lista actualizada hasta que lo cierre.</translation>
    </message>
</context>
<context>
    <name>Inlet::ExistingConnectionsPage</name>
    <message>
        <source>&lt;p&gt;These are the base connections of this source that already exist in the sandbox. Reusing one avoids a duplicate: select it and choose &lt;b&gt;Use the connection selected below&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Delete&lt;/b&gt; removes a connection from Platform. Platform refuses while dataflows still use it; delete those first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Estas son las conexiones base de esta fuente que ya existen en la zona protegida. Reutilizar una evita duplicados: seleccionarla y elegir &lt;b&gt;Usar la conexión seleccionada abajo&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eliminar&lt;/b&gt; quita una conexión de Platform. Platform lo rechaza mientras haya flujos de datos que la usen; hay que eliminarlos antes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base connections of %1 in sandbox %2.</source>
        <translation>Conexiones base de %1 en la zona protegida %2.</translation>
    </message>
    <message>
        <source>Looking for existing connections…</source>
        <translation>Buscando conexiones existentes…</translation>
    </message>
    <message>
        <source>Existing connections could not be listed; you can still create a new one. %1</source>
        <translation>No se pudieron enumerar las conexiones existentes; aun así se puede crear una nueva. %1</translation>
    </message>
    <message>
        <source>This sandbox has no connection of this source yet.</source>
        <translation>Esta zona protegida aún no tiene ninguna conexión de esta fuente.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) found.</source>
        <translation>
            <numerusform>Se encontró %n conexión.</numerusform>
            <numerusform>Se encontraron %n conexiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar la conexión</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; (%2) from Platform?

This cannot be undone. Platform refuses while dataflows still use the connection.</source>
        <translation>¿Eliminar la conexión «%1» (%2) de Platform?

Esta acción no se puede deshacer. Platform la rechaza mientras haya flujos de datos que usen la conexión.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>Eliminando «%1»…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted. %2</source>
        <translation>No se eliminó «%1». %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
</context>
<context>
    <name>Inlet::ExploreConnection</name>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The Databricks cluster of this connection is not running, so Platform cannot look into it. Start the cluster in your Databricks workspace (Compute, then Start), wait until it shows Running, then choose Retry.</source>
        <translation>El clúster de Databricks de esta conexión no está en marcha, así que Platform no puede explorarlo. Inicie el clúster en su área de trabajo de Databricks (Compute y luego Start), espere a que muestre Running y elija Reintentar.</translation>
    </message>
    <message>
        <source>Platform did not answer in time. Large folders and busy databases can be slow: choose Retry, or raise the timeout in Inlet&apos;s settings.</source>
        <translation>Platform no respondió a tiempo. Las carpetas grandes y las bases de datos ocupadas pueden ser lentas: elija Reintentar o aumente el tiempo de espera en la configuración de Inlet.</translation>
    </message>
    <message>
        <source>Platform may not read this with the connection&apos;s credentials. Ask the source&apos;s administrator to grant the connection&apos;s account read access, or choose another object.</source>
        <translation>Platform no puede leer esto con las credenciales de la conexión. Pida al administrador del origen que conceda acceso de lectura a la cuenta de la conexión, o elija otro objeto.</translation>
    </message>
    <message>
        <source>The source no longer has this object. Choose Retry on the level above to read it again.</source>
        <translation>El origen ya no tiene este objeto. Elija Reintentar en el nivel superior para volver a leerlo.</translation>
    </message>
    <message>
        <source>Platform says: “%1”</source>
        <translation>Platform dice: «%1»</translation>
    </message>
</context>
<context>
    <name>Inlet::ExplorePage</name>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Filas de vista previa</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Delimited</source>
        <translation>Delimitado</translation>
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
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here you check that the connection reaches the right data before a dataflow reads it. Open a folder or schema to load what it holds; type in &lt;b&gt;Filter&lt;/b&gt; to find an item among those loaded. Choosing a table shows its columns (the type in the source and the XDM type Platform maps it to) and up to 100 of its rows.&lt;/p&gt;&lt;p&gt;For a file, Platform first detects its format; if the preview looks wrong (one column holding whole lines, say), choose the file type, delimiter and compression and &lt;b&gt;Read file&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;If something cannot be read, the reason and what to do are shown below; &lt;b&gt;Retry&lt;/b&gt; asks again for just that level or object. A Databricks cluster must be running to be explored. Long values are shortened in the grid: hover over a cell to see all of it, or select cells and copy them (Ctrl+C).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Finish&lt;/b&gt; closes Inlet; the connection stays in Platform either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aquí comprueba que la conexión llega a los datos correctos antes de que un flujo de datos los lea. Abra una carpeta o un esquema para cargar su contenido; escriba en &lt;b&gt;Filtro&lt;/b&gt; para encontrar un elemento entre los cargados. Una tabla muestra sus columnas (el tipo en el origen y el tipo XDM al que Platform lo asigna) y hasta 100 de sus filas.&lt;/p&gt;&lt;p&gt;Para un archivo, Platform detecta primero su formato; si la vista previa parece incorrecta (por ejemplo, una columna con líneas enteras), elija el tipo de archivo, el delimitador y la compresión y pulse &lt;b&gt;Leer archivo&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Si algo no se puede leer, debajo se muestran el motivo y qué hacer; &lt;b&gt;Reintentar&lt;/b&gt; vuelve a pedir solo ese nivel u objeto. Un clúster de Databricks debe estar en marcha para explorarlo. Los valores largos se acortan en la cuadrícula: pase el puntero sobre una celda para verlo entero, o seleccione celdas y cópielas (Ctrl+C).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Finalizar&lt;/b&gt; cierra Inlet; la conexión permanece en Platform en cualquier caso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select data</source>
        <translation>Seleccionar datos</translation>
    </message>
    <message>
        <source>There is no connection to explore yet. Go back and create one.</source>
        <translation>Todavía no hay ninguna conexión que explorar. Vuelva atrás y cree una.</translation>
    </message>
    <message>
        <source>The tables and files %1 can read through this connection. Choose one to see its schema and rows, or Finish.</source>
        <translation>Las tablas y archivos que %1 puede leer a través de esta conexión. Elija uno para ver su esquema y sus filas, o finalice.</translation>
    </message>
    <message>
        <source>Asking Platform what the source holds…</source>
        <translation>Preguntando a Platform qué contiene el origen…</translation>
    </message>
    <message>
        <source>Stopped. Choose Retry to ask again.</source>
        <translation>Detenido. Elija Reintentar para volver a preguntar.</translation>
    </message>
    <message>
        <source>The source holds no tables or files that Platform can see.</source>
        <translation>El origen no contiene tablas ni archivos que Platform pueda ver.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) at the top level.</source>
        <translation>
            <numerusform>%n elemento en el nivel superior.</numerusform>
            <numerusform>%n elementos en el nivel superior.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Reading the schema and rows of %1…</source>
        <translation>Leyendo el esquema y las filas de %1…</translation>
    </message>
    <message>
        <source>Platform can neither read the schema of %1 nor preview it. Choose another table or file, or check in the source that this object holds data Platform supports.</source>
        <translation>Platform no puede leer el esquema de %1 ni mostrar una vista previa. Elija otra tabla u otro archivo, o compruebe en el origen que este objeto contiene datos que Platform admite.</translation>
    </message>
    <message>
        <source>Platform cannot preview %1, so only its schema is shown. A dataflow can still read it.</source>
        <translation>Platform no puede mostrar una vista previa de %1, así que solo se muestra su esquema. Un flujo de datos puede leerlo igualmente.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s)</source>
        <translation>
            <numerusform>%1: %n columna</numerusform>
            <numerusform>%1: %n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) previewed.</source>
        <translation>
            <numerusform>%n fila en la vista previa.</numerusform>
            <numerusform>%n filas en la vista previa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::ExploreTreeModel</name>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (cargando…)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>Inlet::FieldPickerDelegate</name>
    <message>
        <source>Schema field for %1</source>
        <translation>Campo del esquema para %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(sin asignar)</translation>
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
        <translation>Cargar desde archivo…</translation>
    </message>
    <message>
        <source>Paste the key or load its file</source>
        <translation>Pegue la clave o cargue su archivo</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo escrito</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation>Cargar %1 desde un archivo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Inlet::FlowServiceJson</name>
    <message>
        <source>The response is not valid JSON: %1 at offset %2.</source>
        <translation>La respuesta no es un JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The response has no connection id.</source>
        <translation>La respuesta no contiene ningún ID de conexión.</translation>
    </message>
    <message>
        <source>The response has no &quot;items&quot; array.</source>
        <translation>La respuesta no contiene ninguna matriz «items».</translation>
    </message>
    <message>
        <source>The explore response is neither a list nor has &quot;items&quot;.</source>
        <translation>La respuesta de exploración no es una lista ni contiene «items».</translation>
    </message>
    <message>
        <source>The landing-zone response lacks containerName, SASToken or storageAccountName.</source>
        <translation>Falta containerName, SASToken o storageAccountName en la respuesta de la zona de aterrizaje.</translation>
    </message>
    <message>
        <source>The response is not valid JSON: %1.</source>
        <translation>La respuesta no es un JSON válido: %1.</translation>
    </message>
    <message>
        <source>The explore response is not an object.</source>
        <translation>La respuesta de exploración no es un objeto.</translation>
    </message>
    <message>
        <source>The explore response has neither a schema nor properties.</source>
        <translation>La respuesta de exploración no tiene esquema ni propiedades.</translation>
    </message>
</context>
<context>
    <name>Inlet::FormModel</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3</source>
        <translation>%1 debe ser un número entero entre %2 y %3</translation>
    </message>
    <message>
        <source>%1 must be a number between %2 and %3</source>
        <translation>%1 debe ser un número entre %2 y %3</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2</source>
        <translation>%1 debe ser un número entero de al menos %2</translation>
    </message>
    <message>
        <source>%1 must be a number of at least %2</source>
        <translation>%1 debe ser un número de al menos %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at most %2</source>
        <translation>%1 debe ser un número entero de como máximo %2</translation>
    </message>
    <message>
        <source>%1 must be a number of at most %2</source>
        <translation>%1 debe ser un número de como máximo %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 debe ser uno de estos valores: %2</translation>
    </message>
    <message>
        <source>%1 contains a control character (such as NUL); remove it or type the value again</source>
        <translation>%1 contiene un carácter de control (como NUL); quitarlo o volver a escribir el valor</translation>
    </message>
    <message>
        <source>%1 must be on one line; remove the line breaks and tabs</source>
        <translation>%1 debe ocupar una sola línea; quitar los saltos de línea y las tabulaciones</translation>
    </message>
    <message>
        <source>%1 contains invisible text-direction characters (such as U+202E) that can disguise it; type the value again</source>
        <translation>%1 contiene caracteres invisibles de dirección del texto (como U+202E) que pueden disfrazarlo; volver a escribir el valor</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (such as a zero-width space); type the value again</source>
        <translation>%1 contiene un carácter invisible (como un espacio de ancho cero); volver a escribir el valor</translation>
    </message>
    <message>
        <source>%1 contains characters that could not be read (a damaged paste); paste or type it again</source>
        <translation>%1 contiene caracteres que no se pudieron leer (un pegado dañado); volver a pegarlo o escribirlo</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; enter them in their own fields</source>
        <translation>%1 no debe contener un nombre de usuario ni una contraseña; introducirlos en sus propios campos</translation>
    </message>
    <message>
        <source>%1 must be at most 1 character long</source>
        <translation>%1 debe tener como máximo 1 carácter</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 debe tener como máximo %2 caracteres</translation>
    </message>
    <message>
        <source>%1 must be at least 1 character long</source>
        <translation>%1 debe tener al menos 1 carácter</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long</source>
        <translation>%1 debe tener al menos %2 caracteres</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 debe ser: %2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format, for example %2</source>
        <translation>%1 no tiene el formato esperado, por ejemplo, %2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format</source>
        <translation>%1 no tiene el formato esperado</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, where at most %3 are allowed</source>
        <translation>%1 es demasiado largo: %2 caracteres, se permiten como máximo %3</translation>
    </message>
    <message>
        <source>The file for %1 is too large: %2 bytes, where at most %3 are allowed</source>
        <translation>El archivo para %1 es demasiado grande: %2 bytes, se permiten como máximo %3</translation>
    </message>
    <message>
        <source>The file for %1 is empty</source>
        <translation>El archivo para %1 está vacío</translation>
    </message>
    <message>
        <source>The file for %1 is not a JSON key file; choose the key file you downloaded</source>
        <translation>El archivo para %1 no es un archivo de clave JSON; elija el archivo de clave que descargó</translation>
    </message>
    <message>
        <source>The file for %1 is not text; choose the key file itself</source>
        <translation>El archivo para %1 no es texto; elija el propio archivo de clave</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://</source>
        <translation>%1 debe ser una dirección web que empiece por https://</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://, for example %2</source>
        <translation>%1 debe ser una dirección web que empiece por https://, por ejemplo %2</translation>
    </message>
</context>
<context>
    <name>Inlet::HttpExchange</name>
    <message>
        <source>More than %1 bytes.</source>
        <translation>Más de %1 bytes.</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>La conexión se cerró después de %1 de %2 bytes.</translation>
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
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Adobe&apos;s documentation for %2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Documentación de Adobe sobre %2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings could not be read</source>
        <translation>No se pudo leer la configuración</translation>
    </message>
    <message>
        <source>Inlet could not read its settings file. It moved the file to %1 and kept the profiles it could still read. Check your profile before you sign in.</source>
        <translation>Inlet no pudo leer su archivo de configuración. Lo movió a %1 y conservó los perfiles que aún se podían leer. Revise su perfil antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>Source list not saved</source>
        <translation>Lista de orígenes no guardada</translation>
    </message>
    <message>
        <source>Discard This Connection?</source>
        <translation>¿Descartar esta conexión?</translation>
    </message>
    <message>
        <source>The connection you are setting up is not created yet. Close Inlet and discard what you typed?</source>
        <translation>La conexión que está configurando aún no se ha creado. ¿Cerrar Inlet y descartar lo que escribió?</translation>
    </message>
    <message>
        <source>Discard and Close</source>
        <translation>Descartar y cerrar</translation>
    </message>
    <message>
        <source>Spark config line</source>
        <translation>Línea de configuración de Spark</translation>
    </message>
    <message>
        <source>This dataflow&apos;s connection was not set up in this window. Start Inlet, sign in, choose Databricks and go on to the Databricks page: it shows the current landing-zone line to paste into the cluster&apos;s Spark config.</source>
        <translation>La conexión de este flujo de datos no se configuró en esta ventana. Inicie Inlet, inicie sesión, elija Databricks y avance hasta la página de Databricks: muestra la línea actual de la zona de aterrizaje que debe pegar en la configuración de Spark del clúster.</translation>
    </message>
    <message>
        <source>Inlet is still working on the dataflow &quot;%1&quot; on Platform. Stop, and keep what exists so far with the setup saved to finish later (sign in with the profile &quot;%2&quot; to resume), delete it, or go back?</source>
        <translation>Inlet sigue trabajando en el flujo de datos «%1» en Platform. ¿Detener y conservar lo que existe hasta ahora, con la configuración guardada para terminar más tarde (inicie sesión con el perfil «%2» para reanudar), eliminarlo o volver atrás?</translation>
    </message>
    <message>
        <source>The dataflow &quot;%1&quot; is not finished, and what was made for it stays on Platform unless you delete it.</source>
        <translation>El flujo de datos «%1» no está terminado, y lo que se creó para él se queda en Platform a menos que lo elimine.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created.</source>
        <translation>No se sabe si se creó %1.</translation>
    </message>
    <message>
        <source>Keep it and save the setup to finish later (sign in with the profile &quot;%1&quot; to resume), delete it, or go back?</source>
        <translation>¿Conservarlo y guardar la configuración para terminar más tarde (inicie sesión con el perfil «%1» para reanudar), eliminarlo o volver atrás?</translation>
    </message>
    <message>
        <source>Close Before the Dataflow Is Finished?</source>
        <translation>¿Cerrar antes de terminar el flujo de datos?</translation>
    </message>
    <message>
        <source>&amp;Keep and Finish Later</source>
        <translation>&amp;Conservar y terminar más tarde</translation>
    </message>
    <message>
        <source>&amp;Delete and Close</source>
        <translation>&amp;Eliminar y cerrar</translation>
    </message>
    <message>
        <source>Go &amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>Inlet::IntegerEditor</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo, %1</translation>
    </message>
</context>
<context>
    <name>Inlet::JsonText</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>el número %1 está fuera de rango</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>it contains a NUL byte</source>
        <translation>contiene un byte NUL</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZoneAccess</name>
    <message>
        <source>Inlet could not find out whether the credentials were refreshed. The next refresh first checks which credentials are current, so it never revokes twice.</source>
        <translation>Inlet no pudo averiguar si las credenciales se actualizaron. La próxima actualización comprueba primero qué credenciales están vigentes, así que nunca revoca dos veces.</translation>
    </message>
    <message>
        <source>The credentials were not refreshed; the current line still works.</source>
        <translation>Las credenciales no se actualizaron; la línea actual sigue funcionando.</translation>
    </message>
    <message>
        <source>The credentials were not refreshed; the current line still works. It is safe to try again.</source>
        <translation>Las credenciales no se actualizaron; la línea actual sigue funcionando. Puede volver a intentarlo sin riesgo.</translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZonePage</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n minute(s).</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vaciará dentro de %n minuto.</numerusform>
            <numerusform>Copiado. El portapapeles se vaciará dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Platform stages Databricks data in an Azure Blob Storage container of its own. Your cluster reaches it with a shared access signature (SAS) token given in the cluster&apos;s Spark config.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Copy the line.&lt;/li&gt;&lt;li&gt;In Databricks, open the cluster, choose &lt;b&gt;Edit&lt;/b&gt; › &lt;b&gt;Advanced options&lt;/b&gt; › &lt;b&gt;Spark&lt;/b&gt;, paste the line into &lt;b&gt;Spark config&lt;/b&gt; and confirm.&lt;/li&gt;&lt;li&gt;Tick the box on this page and continue.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The token expires on the date shown. &lt;b&gt;Refresh credentials&lt;/b&gt; issues a new token and revokes the current one at once, so every cluster using the old line must be updated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Platform deposita los datos de Databricks en un contenedor propio de Azure Blob Storage. El clúster accede a él con un token de firma de acceso compartido (SAS) indicado en la configuración de Spark del clúster.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Copiar la línea.&lt;/li&gt;&lt;li&gt;En Databricks, abrir el clúster, elegir &lt;b&gt;Edit&lt;/b&gt; › &lt;b&gt;Advanced options&lt;/b&gt; › &lt;b&gt;Spark&lt;/b&gt;, pegar la línea en &lt;b&gt;Spark config&lt;/b&gt; y confirmar.&lt;/li&gt;&lt;li&gt;Marcar la casilla de esta página y continuar.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;El token caduca en la fecha indicada. &lt;b&gt;Actualizar las credenciales&lt;/b&gt; emite un token nuevo y revoca el actual de inmediato, por lo que hay que actualizar todos los clústeres que usen la línea anterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refreshing the landing-zone credentials…</source>
        <translation>Actualizando las credenciales de la zona de aterrizaje…</translation>
    </message>
    <message>
        <source>Fetching the landing-zone credentials…</source>
        <translation>Obteniendo las credenciales de la zona de aterrizaje…</translation>
    </message>
    <message>
        <source>The landing-zone credentials could not be fetched.</source>
        <translation>No se pudieron obtener las credenciales de la zona de aterrizaje.</translation>
    </message>
    <message>
        <source>Platform did not say when this token expires.</source>
        <translation>Platform no indicó cuándo caduca este token.</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>El token es válido hasta el %1.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s). Refresh it soon and update the cluster.</source>
        <translation>
            <numerusform>El token caduca el %1, dentro de %n día. Conviene actualizarlo pronto y actualizar el clúster.</numerusform>
            <numerusform>El token caduca el %1, dentro de %n días. Conviene actualizarlo pronto y actualizar el clúster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token expired on %1. Refresh the credentials, then update the cluster.</source>
        <translation>El token caducó el %1. Actualizar las credenciales y, después, el clúster.</translation>
    </message>
    <message>
        <source>Refresh credentials</source>
        <translation>Actualizar las credenciales</translation>
    </message>
    <message>
        <source>Refreshing issues a new SAS token and revokes the current one at once.

Every Databricks cluster that uses the current line loses access to Platform&apos;s staging storage, and its dataflows fail, until you paste the new line into its Spark config.</source>
        <translation>Al actualizar se emite un token SAS nuevo y se revoca el actual de inmediato.

Todos los clústeres de Databricks que usen la línea actual pierden el acceso al almacenamiento provisional de Platform, y sus flujos de datos fallan, hasta que se pegue la línea nueva en su configuración de Spark.</translation>
    </message>
    <message>
        <source>&amp;Refresh and revoke the old token</source>
        <translation>&amp;Actualizar y revocar el token anterior</translation>
    </message>
    <message>
        <source>The refresh went through, though its answer was lost on the way.</source>
        <translation>La actualización se realizó, aunque su respuesta se perdió por el camino.</translation>
    </message>
    <message>
        <source>New credentials issued; the previous token no longer works.</source>
        <translation>Se emitieron credenciales nuevas; el token anterior ya no funciona.</translation>
    </message>
    <message>
        <source>The old line was removed from the clipboard.</source>
        <translation>La línea antigua se quitó del portapapeles.</translation>
    </message>
    <message>
        <source>Copy the new line and replace the one in your cluster&apos;s Spark config.</source>
        <translation>Copie la línea nueva y sustituya con ella la de la configuración de Spark de su clúster.</translation>
    </message>
</context>
<context>
    <name>Inlet::MappingPage</name>
    <message>
        <source>&lt;p&gt;Each row is a column of the source and the schema field it fills. Inlet matches columns to fields by name (ignoring case, spaces, &lt;code&gt;_&lt;/code&gt; and &lt;code&gt;-&lt;/code&gt;) and by type; check each match. To change one, double-click its field (or select it and press F2) and choose another field, or &lt;i&gt;(not mapped)&lt;/i&gt; to leave the column out. Rows such as &lt;code&gt;uuid()&lt;/code&gt; are generated values, for example the unique ID every event needs.&lt;/p&gt;&lt;p&gt;Below the table, Inlet lists what Platform would refuse: required fields and the identity that no column fills, and columns whose type the field cannot take. Columns left unmapped are listed too; their values are not ingested.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check with Platform&lt;/b&gt; asks Data Prep to validate the mapping; &lt;b&gt;Next&lt;/b&gt; does the same before going on. Rules Data Prep refuses are marked in the &lt;b&gt;Check&lt;/b&gt; column with its reason. &lt;b&gt;Reset to suggestions&lt;/b&gt; discards your changes and matches by name again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada fila es una columna de la fuente y el campo del esquema que rellena. Inlet asocia columnas y campos por nombre (sin distinguir mayúsculas, espacios, &lt;code&gt;_&lt;/code&gt; ni &lt;code&gt;-&lt;/code&gt;) y por tipo; revise cada coincidencia. Para cambiar una, haga doble clic en su campo (o selecciónelo y pulse F2) y elija otro campo, o &lt;i&gt;(sin asignar)&lt;/i&gt; para dejar fuera la columna. Las filas como &lt;code&gt;uuid()&lt;/code&gt; son valores generados, por ejemplo el ID único que necesita cada evento.&lt;/p&gt;&lt;p&gt;Bajo la tabla, Inlet enumera lo que Platform rechazaría: los campos obligatorios y la identidad que ninguna columna rellena, y las columnas cuyo tipo no admite el campo. También se enumeran las columnas sin asignar; sus valores no se ingieren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Comprobar con Platform&lt;/b&gt; pide a Data Prep que valide la asignación; &lt;b&gt;Siguiente&lt;/b&gt; hace lo mismo antes de continuar. Las reglas que Data Prep rechaza se marcan en la columna &lt;b&gt;Comprobación&lt;/b&gt; con su motivo. &lt;b&gt;Restablecer las sugerencias&lt;/b&gt; descarta sus cambios y vuelve a asociar por nombre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>Asignar columnas</translation>
    </message>
    <message>
        <source>Choose a table or file and a target dataset first: go back.</source>
        <translation>Primero elija una tabla o un archivo y un conjunto de datos de destino: vuelva atrás.</translation>
    </message>
    <message>
        <source>The field of the schema “%1” each column of %2 fills. Choose a field to change it.</source>
        <translation>El campo del esquema «%1» que rellena cada columna de %2. Elija un campo para cambiarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) matched to a field by name and type. Check each match and change what is wrong.</source>
        <translation>
            <numerusform>%n columna asociada a un campo por nombre y tipo. Revise cada coincidencia y cambie lo que esté mal.</numerusform>
            <numerusform>%n columnas asociadas a un campo por nombre y tipo. Revise cada coincidencia y cambie lo que esté mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is mapped. Choose a field for at least one column.</source>
        <translation>No hay ninguna columna asignada. Elija un campo para al menos una columna.</translation>
    </message>
    <message numerus="yes">
        <source>The schema requires %n field(s) no column fills: %1. Choose a column for each.</source>
        <translation>
            <numerusform>El esquema requiere %n campo que ninguna columna rellena: %1. Elija una columna para él.</numerusform>
            <numerusform>El esquema requiere %n campos que ninguna columna rellena: %1. Elija una columna para cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity of each record is not filled: %1. Map the column that identifies a record to it.</source>
        <translation>La identidad de cada registro no está rellenada: %1. Asígnele la columna que identifica un registro.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) go to a field of a type they cannot be converted to (see the Check column). Choose another field, or (not mapped).</source>
        <translation>
            <numerusform>%n columna va a un campo de un tipo al que no se puede convertir (vea la columna Comprobación). Elija otro campo o (sin asignar).</numerusform>
            <numerusform>%n columnas van a un campo de un tipo al que no se pueden convertir (vea la columna Comprobación). Elija otro campo o (sin asignar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not mapped, so not ingested: %1.</source>
        <translation>
            <numerusform>%n columna sin asignar, por lo que no se ingiere: %1.</numerusform>
            <numerusform>%n columnas sin asignar, por lo que no se ingieren: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map at least one column before checking the mapping.</source>
        <translation>Asigne al menos una columna antes de comprobar la asignación.</translation>
    </message>
    <message>
        <source>Platform&apos;s Data Prep is checking the mapping…</source>
        <translation>Data Prep de Platform está comprobando la asignación…</translation>
    </message>
    <message>
        <source>Stopped. Choose Check with Platform or Next to check again.</source>
        <translation>Detenido. Elija Comprobar con Platform o Siguiente para volver a comprobar.</translation>
    </message>
    <message>
        <source>The mapping could not be checked with Platform. %1 Your mapping is kept: choose Check with Platform or Next to try again.</source>
        <translation>No se pudo comprobar la asignación con Platform. %1 Su asignación se conserva: elija Comprobar con Platform o Siguiente para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The mapping changed while Platform checked it. Choose Check with Platform or Next to check it again.</source>
        <translation>La asignación cambió mientras Platform la comprobaba. Elija Comprobar con Platform o Siguiente para volver a comprobarla.</translation>
    </message>
    <message>
        <source>Platform accepts this mapping.</source>
        <translation>Platform acepta esta asignación.</translation>
    </message>
    <message numerus="yes">
        <source>Platform refuses %n rule(s) of this mapping. Choose another field for each marked row, then check again.</source>
        <translation>
            <numerusform>Platform rechaza %n regla de esta asignación. Elija otro campo para la fila marcada y vuelva a comprobar.</numerusform>
            <numerusform>Platform rechaza %n reglas de esta asignación. Elija otro campo para cada fila marcada y vuelva a comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The preview could not be made. %1</source>
        <translation>No se pudo generar la vista previa. %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>Inlet::MappingTableModel</name>
    <message>
        <source>Not a field of this schema</source>
        <translation>No es un campo de este esquema</translation>
    </message>
    <message>
        <source>A %1 column cannot fill a %2 field</source>
        <translation>Una columna %1 no puede rellenar un campo %2</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>expresión</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>column path</source>
        <translation>ruta de columna</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo en el origen</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>Campo del esquema</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Tipo del campo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
</context>
<context>
    <name>Inlet::NumberEditor</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>Inlet::PreviewTableModel</name>
    <message>
        <source>%1: %2 in the source, %3 in XDM</source>
        <translation>%1: %2 en el origen, %3 en XDM</translation>
    </message>
</context>
<context>
    <name>Inlet::ResultPage</name>
    <message>
        <source>Edit cr&amp;edentials</source>
        <translation>&amp;Modificar las credenciales</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet sends the request and shows the new connection&apos;s ID, which the next steps in Platform (dataflows, exploring data) ask for. &lt;b&gt;Test connection&lt;/b&gt; asks Platform to list the source&apos;s top-level tables or folders with these credentials.&lt;/p&gt;&lt;p&gt;If creating fails, the reason is shown here; &lt;b&gt;Details&lt;/b&gt; has the HTTP status, error code and request ID for Adobe support. &lt;b&gt;Try again&lt;/b&gt; first checks whether the connection was created anyway, so it never makes a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet envía la solicitud y muestra el ID de la nueva conexión, que piden los siguientes pasos en Platform (flujos de datos, exploración de datos). &lt;b&gt;Probar la conexión&lt;/b&gt; pide a Platform que enumere las tablas o carpetas de primer nivel de la fuente con estas credenciales.&lt;/p&gt;&lt;p&gt;Si la creación falla, aquí se muestra el motivo; &lt;b&gt;Detalles&lt;/b&gt; contiene el estado HTTP, el código de error y el ID de solicitud para el soporte de Adobe. &lt;b&gt;Reintentar&lt;/b&gt; comprueba primero si la conexión se creó de todos modos, así que nunca crea un duplicado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Existing connection</source>
        <translation>Conexión existente</translation>
    </message>
    <message>
        <source>This connection already exists in the sandbox; test it or copy its ID.</source>
        <translation>Esta conexión ya existe en la zona protegida; se puede probar o copiar su ID.</translation>
    </message>
    <message>
        <source>Using the existing connection &quot;%1&quot;.</source>
        <translation>Se usa la conexión existente «%1».</translation>
    </message>
    <message>
        <source>Inlet sends the request to Platform, then you can test the new connection.</source>
        <translation>Inlet envía la solicitud a Platform; después se puede probar la nueva conexión.</translation>
    </message>
    <message>
        <source>Creating &quot;%1&quot;…</source>
        <translation>Creando «%1»…</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; was created.</source>
        <translation>Se creó la conexión «%1».</translation>
    </message>
    <message>
        <source>Checking whether &quot;%1&quot; was created meanwhile…</source>
        <translation>Comprobando si «%1» se creó entretanto…</translation>
    </message>
    <message>
        <source>Inlet could not check whether the connection exists, so it did not send it again. %1</source>
        <translation>Inlet no pudo comprobar si la conexión existe, así que no volvió a enviarla. %1</translation>
    </message>
    <message>
        <source>The credentials could not be saved in the keychain: %1</source>
        <translation>No se pudieron guardar las credenciales en el llavero: %1</translation>
    </message>
    <message>
        <source>Asking Platform to look into the source…</source>
        <translation>Pidiendo a Platform que examine la fuente…</translation>
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation>La prueba falló. %1</translation>
    </message>
    <message>
        <source>The connection works; the source has no tables or folders yet.</source>
        <translation>La conexión funciona; la fuente aún no tiene tablas ni carpetas.</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found.</source>
        <translation>
            <numerusform>La conexión funciona: se encontró %n elemento.</numerusform>
            <numerusform>La conexión funciona: se encontraron %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found; the first %1 are shown.</source>
        <translation>
            <numerusform>La conexión funciona: se encontró %n elemento; se muestran los primeros %1.</numerusform>
            <numerusform>La conexión funciona: se encontraron %n elementos; se muestran los primeros %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select d&amp;ata &gt;</source>
        <translation>Se&amp;leccionar datos &gt;</translation>
    </message>
</context>
<context>
    <name>Inlet::ResumeOffer</name>
    <message>
        <source>Finish the dataflow &quot;%1&quot; saved %2?</source>
        <translation>¿Terminar el flujo de datos «%1» guardado el %2?</translation>
    </message>
    <message>
        <source>These objects exist for it on Platform:</source>
        <translation>Estos objetos existen para él en Platform:</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created; Continue on the Create page finds out before it creates anything.</source>
        <translation>No se sabe si se creó %1; Continuar, en la página «Crear el flujo de datos», lo averigua antes de crear nada.</translation>
    </message>
    <message>
        <source>Resume shows it on the Create page, ready to continue. Later keeps it saved for your next sign-in. Discard forgets it.</source>
        <translation>Reanudar lo muestra en la página «Crear el flujo de datos», listo para continuar. Más tarde lo mantiene guardado para su próximo inicio de sesión. Descartar lo olvida.</translation>
    </message>
    <message>
        <source>Finish the Saved Dataflow?</source>
        <translation>¿Terminar el flujo de datos guardado?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Discard the saved dataflow &quot;%1&quot;?</source>
        <translation>¿Descartar el flujo de datos guardado «%1»?</translation>
    </message>
    <message>
        <source>Delete what it created on Platform too, or keep it there and only forget the saved setup:</source>
        <translation>Eliminar también lo que creó en Platform, o conservarlo allí y solo olvidar la configuración guardada:</translation>
    </message>
    <message>
        <source>&amp;Delete Them</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The mapping set &quot;%1&quot; (%2) stays: Platform cannot delete mapping sets, and one that no dataflow uses does nothing.</source>
        <translation>El conjunto de asignaciones «%1» (%2) se conserva: Platform no puede eliminar conjuntos de asignaciones, y uno que ningún flujo de datos usa no tiene ningún efecto.</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created, so it cannot be deleted: Resume and Continue find out.</source>
        <translation>No se sabe si se creó %1, así que no se puede eliminar: Reanudar y luego Continuar lo averiguan.</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Discard the Saved Dataflow?</source>
        <translation>¿Descartar el flujo de datos guardado?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved Dataflow Not Discarded</source>
        <translation>Flujo de datos guardado no descartado</translation>
    </message>
    <message>
        <source>The saved dataflow could not be discarded. %1</source>
        <translation>No se pudo descartar el flujo de datos guardado. %1</translation>
    </message>
    <message>
        <source>Deleting what &quot;%1&quot; created…</source>
        <translation>Eliminando lo que creó «%1»…</translation>
    </message>
    <message>
        <source>Discard the Saved Dataflow</source>
        <translation>Descartar el flujo de datos guardado</translation>
    </message>
    <message>
        <source>Deleting what &quot;%1&quot; created failed. %2 The saved dataflow stays, listing what is left; Next offers it again.</source>
        <translation>No se pudo eliminar lo que creó «%1». %2 El flujo de datos guardado se conserva, con lo que queda; Siguiente lo vuelve a ofrecer.</translation>
    </message>
    <message>
        <source>The saved dataflow &quot;%1&quot; is discarded.</source>
        <translation>Se descartó el flujo de datos guardado «%1».</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Eliminados:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservados:</translation>
    </message>
    <message>
        <source>Saved Dataflow Discarded</source>
        <translation>Flujo de datos guardado descartado</translation>
    </message>
</context>
<context>
    <name>Inlet::RevealButton</name>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo escrito</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>Inlet::ReviewPage</name>
    <message>
        <source>&amp;Create connection</source>
        <translation>&amp;Crear la conexión</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the connection before it is created. Secret values are masked here and replaced by placeholders such as &lt;code&gt;{PASSWORD}&lt;/code&gt; in the curl command, which you can copy to run or document the same request yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create connection&lt;/b&gt; sends the request to Platform. You cannot go back past this page afterwards, so a second click cannot create a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Revisar la conexión antes de crearla. Aquí los valores secretos aparecen ocultos y, en el comando curl, se sustituyen por marcadores como &lt;code&gt;{PASSWORD}&lt;/code&gt;; el comando se puede copiar para ejecutar o documentar la misma solicitud.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Crear la conexión&lt;/b&gt; envía la solicitud a Platform. Después ya no se puede volver atrás más allá de esta página, así que un segundo clic no puede crear un duplicado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Zona protegida</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Remember credentials</source>
        <translation>Guardar las credenciales</translation>
    </message>
    <message>
        <source>Yes, in the system keychain</source>
        <translation>Sí, en el llavero del sistema</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Inlet::RunTableModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>Registros leídos</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Registros escritos</translation>
    </message>
    <message>
        <source>Records failed</source>
        <translation>Registros fallidos</translation>
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
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Show the Spark config line</source>
        <translation>Mostrar la línea de configuración de Spark</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each run of the dataflow is listed here, newest first: its status, when it started, how long it took (or has taken so far), and how many records Platform read, wrote and could not ingest. Select a run to see its errors with their codes.&lt;/p&gt;&lt;p&gt;Inlet checks for news every few seconds while a run is queued or in progress, and less and less often once all runs have finished. &lt;b&gt;Refresh now&lt;/b&gt; checks at once. When a check fails, Inlet says why and tries again later, waiting longer each time.&lt;/p&gt;&lt;p&gt;A Databricks run that could not read the landing zone means the cluster&apos;s Spark config lacks the landing-zone line or holds a revoked token: &lt;b&gt;Show the Spark config line&lt;/b&gt; leads back to it. &lt;b&gt;Finish&lt;/b&gt; closes Inlet; the dataflow keeps running on its schedule.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aquí se enumeran las ejecuciones del flujo de datos, de la más reciente a la más antigua: su estado, cuándo empezó, cuánto duró (o lleva hasta ahora) y cuántos registros leyó, escribió y no pudo ingerir Platform. Seleccione una ejecución para ver sus errores con sus códigos.&lt;/p&gt;&lt;p&gt;Inlet busca novedades cada pocos segundos mientras una ejecución está en cola o en curso, y cada vez con menos frecuencia cuando todas han terminado. &lt;b&gt;Actualizar ahora&lt;/b&gt; comprueba de inmediato. Si una comprobación falla, Inlet indica el motivo y vuelve a intentarlo más tarde, esperando más cada vez.&lt;/p&gt;&lt;p&gt;Si una ejecución de Databricks no pudo leer la zona de aterrizaje, a la configuración de Spark del clúster le falta la línea de la zona de aterrizaje o contiene un token revocado: &lt;b&gt;Mostrar la línea de configuración de Spark&lt;/b&gt; lleva de vuelta a ella. &lt;b&gt;Finalizar&lt;/b&gt; cierra Inlet; el flujo de datos sigue ejecutándose según su programación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The dataflow&apos;s runs as Platform reports them, checked for news while this page is open.</source>
        <translation>Las ejecuciones del flujo de datos tal como las informa Platform, con búsqueda de novedades mientras esta página está abierta.</translation>
    </message>
    <message>
        <source>No dataflow to watch yet: create one first.</source>
        <translation>Todavía no hay ningún flujo de datos que seguir: primero cree uno.</translation>
    </message>
    <message numerus="yes">
        <source>Inlet could not check the runs. %1 It tries again in %n second(s).</source>
        <translation>
            <numerusform>Inlet no pudo comprobar las ejecuciones. %1 Lo volverá a intentar dentro de %n segundo.</numerusform>
            <numerusform>Inlet no pudo comprobar las ejecuciones. %1 Lo volverá a intentar dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run has started yet. Platform starts the first one at the scheduled time.</source>
        <translation>Todavía no ha empezado ninguna ejecución. Platform inicia la primera a la hora programada.</translation>
    </message>
    <message>
        <source>Checking for runs…</source>
        <translation>Buscando ejecuciones…</translation>
    </message>
    <message>
        <source>Last updated at %1.</source>
        <translation>Última actualización: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s).</source>
        <translation>
            <numerusform>Próxima comprobación dentro de %n segundo.</numerusform>
            <numerusform>Próxima comprobación dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::SchedulePage</name>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Choose a date or timestamp column</source>
        <translation>Elija una columna de fecha o de marca de tiempo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Name the dataflow; the objects Inlet creates for it are named after it. Choose &lt;b&gt;Once&lt;/b&gt; to read the source a single time, or how often the dataflow runs: Platform runs it at most every 15 minutes, and every hour, day or week at most once per interval.&lt;/p&gt;&lt;p&gt;The start is in your local time; Platform receives it in UTC. With &lt;b&gt;backfill&lt;/b&gt;, the first run also reads what the source held before the start.&lt;/p&gt;&lt;p&gt;A scheduled table source needs a &lt;b&gt;delta column&lt;/b&gt;, a date or timestamp column that each run compares with its time window to read only new rows. A table without one can only be read once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Error diagnostics&lt;/b&gt; keep the reason each rejected record failed. With &lt;b&gt;partial ingestion&lt;/b&gt;, a run succeeds while the share of failed records stays at or below the threshold; without it, one failed record fails the run.&lt;/p&gt;&lt;p&gt;For Databricks, Inlet checks that the landing-zone token in your cluster&apos;s Spark config is still valid for the first runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asigne un nombre al flujo de datos; los objetos que Inlet crea para él llevan su nombre. Elija &lt;b&gt;Una vez&lt;/b&gt; para leer la fuente una sola vez, o con qué frecuencia se ejecuta el flujo de datos: Platform lo ejecuta como mucho cada 15 minutos, y cada hora, día o semana como mucho una vez por intervalo.&lt;/p&gt;&lt;p&gt;El inicio está en su hora local; Platform lo recibe en UTC. Con &lt;b&gt;relleno histórico&lt;/b&gt;, la primera ejecución también lee lo que la fuente contenía antes del inicio.&lt;/p&gt;&lt;p&gt;Una fuente de tabla programada necesita una &lt;b&gt;columna delta&lt;/b&gt;, una columna de fecha o de marca de tiempo que cada ejecución compara con su ventana de tiempo para leer solo las filas nuevas. Una tabla sin ella solo se puede leer una vez.&lt;/p&gt;&lt;p&gt;El &lt;b&gt;diagnóstico de errores&lt;/b&gt; conserva el motivo por el que falló cada registro rechazado. Con la &lt;b&gt;ingesta parcial&lt;/b&gt;, una ejecución se completa correctamente mientras la proporción de registros fallidos no supere el umbral; sin ella, un solo registro fallido hace fallar la ejecución.&lt;/p&gt;&lt;p&gt;Para Databricks, Inlet comprueba que el token de la zona de aterrizaje de la configuración de Spark del clúster sigue siendo válido para las primeras ejecuciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Give the dataflow a name.</source>
        <translation>Asigne un nombre al flujo de datos.</translation>
    </message>
    <message>
        <source>%1 has no date or timestamp column, so no run could tell its new rows from those already read: it can only be read once. Choose Once.</source>
        <translation>%1 no tiene ninguna columna de fecha o de marca de tiempo, así que ninguna ejecución podría distinguir sus filas nuevas de las ya leídas: solo se puede leer una vez. Elija Una vez.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No date or timestamp column</source>
        <translation>Ninguna columna de fecha o de marca de tiempo</translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>minuto</numerusform>
            <numerusform>minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>hora</numerusform>
            <numerusform>horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>día</numerusform>
            <numerusform>días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Local time (%1); %2 UTC</source>
        <translation>Hora local (%1); %2 UTC</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inlet could not check when the landing-zone token expires. %1</source>
        <translation>Inlet no pudo comprobar cuándo caduca el token de la zona de aterrizaje. %1</translation>
    </message>
</context>
<context>
    <name>Inlet::ScheduleRules</name>
    <message numerus="yes">
        <source>Platform runs a dataflow at most every %n minute(s); choose an interval of at least %n.</source>
        <translation>
            <numerusform>Platform ejecuta un flujo de datos como máximo cada %n minuto; elija un intervalo de al menos %n.</numerusform>
            <numerusform>Platform ejecuta un flujo de datos como máximo cada %n minutos; elija un intervalo de al menos %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose when the first run starts.</source>
        <translation>Elija cuándo empieza la primera ejecución.</translation>
    </message>
    <message>
        <source>The start is more than one interval in the past and backfill is off, so the first runs would read nothing. Move the start, or turn backfill on.</source>
        <translation>El inicio está más de un intervalo en el pasado y el relleno histórico está desactivado, así que las primeras ejecuciones no leerían nada. Mueva el inicio o active el relleno histórico.</translation>
    </message>
    <message>
        <source>A scheduled table source needs a delta column: the timestamp each run compares with its window to read only new rows.</source>
        <translation>Una fuente de tabla programada necesita una columna delta: la marca de tiempo que cada ejecución compara con su ventana para leer solo las filas nuevas.</translation>
    </message>
    <message>
        <source>The partial-ingestion threshold is a percentage between 1 and 100.</source>
        <translation>El umbral de ingesta parcial es un porcentaje entre 1 y 100.</translation>
    </message>
</context>
<context>
    <name>Inlet::SchemaTableModel</name>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo en el origen</translation>
    </message>
    <message>
        <source>XDM type</source>
        <translation>Tipo XDM</translation>
    </message>
</context>
<context>
    <name>Inlet::SecretEditor</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
<context>
    <name>Inlet::SecretStore</name>
    <message>
        <source>No saved secret was found in the system keychain.</source>
        <translation>No se encontró ningún secreto guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again; until then Inlet cannot remember secrets.</source>
        <translation>No hay ningún llavero del sistema disponible. Instalar e iniciar un proveedor de Secret Service como GNOME Keyring o KWallet y volver a intentarlo; hasta entonces, Inlet no puede guardar secretos.</translation>
    </message>
    <message numerus="yes">
        <source>This secret is too long to store in the system keychain (more than %n bytes).</source>
        <translation>
            <numerusform>Este secreto es demasiado largo para guardarlo en el llavero del sistema (más de %n byte).</numerusform>
            <numerusform>Este secreto es demasiado largo para guardarlo en el llavero del sistema (más de %n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it in the prompt it shows, or in your keyring manager (for example Passwords and Keys), then try again.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo en el diálogo que muestra o en su gestor de llaveros (por ejemplo, Contraseñas y claves) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Try again and allow Inlet to use it, or go on without saving the secret.</source>
        <translation>Se denegó el acceso al llavero del sistema. Vuelva a intentarlo y permita que Inlet lo use, o continúe sin guardar el secreto.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: “%1”. Try again.</source>
        <translation>El llavero del sistema informó de un error: «%1». Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again.</source>
        <translation>El llavero del sistema informó de un error. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Inlet::SourceIconProxyModel</name>
    <message>
        <source>%1 (beta)</source>
        <translation>%1 (beta)</translation>
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
        <translation>&lt;p&gt;Elegir el sistema del que proceden los datos. Escribir parte de su nombre, categoría o descripción filtra la lista; las teclas de flecha mueven la selección e Intro continúa.&lt;/p&gt;&lt;p&gt;La lista se incluye con Inlet y funciona sin conexión. &lt;b&gt;Actualizar desde Platform&lt;/b&gt; pide a Flow Service sus connection specs actuales y añade cualquier fuente que Inlet aún no conozca.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no source &quot;%1&quot;; choose one from the list.</source>
        <translation>No existe la fuente «%1»; elegir una de la lista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Documentation for %2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentación de %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No source matches &quot;%1&quot;.</source>
        <translation>Ninguna fuente coincide con «%1».</translation>
    </message>
    <message>
        <source>Sign in on the previous page to refresh the list from Platform.</source>
        <translation>Iniciar sesión en la página anterior para actualizar la lista desde Platform.</translation>
    </message>
    <message>
        <source>Asking Platform for its sources…</source>
        <translation>Consultando las fuentes de Platform…</translation>
    </message>
    <message>
        <source>The list could not be refreshed; the sources Inlet knows are still here. %1</source>
        <translation>No se pudo actualizar la lista; las fuentes que Inlet conoce siguen disponibles. %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed; the sources Inlet knows are still here. Platform&apos;s answer was not a list of sources; try again later.</source>
        <translation>No se pudo actualizar la lista; las fuentes que Inlet conoce siguen disponibles. La respuesta de Platform no era una lista de fuentes; volver a intentarlo más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n source(s) from Platform.</source>
        <translation>
            <numerusform>Se actualizó %n fuente desde Platform.</numerusform>
            <numerusform>Se actualizaron %n fuentes desde Platform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n specification(s) could not be read and were skipped.</source>
        <translation>
            <numerusform>No se pudo leer %n especificación y se omitió.</numerusform>
            <numerusform>No se pudieron leer %n especificaciones y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Adobe marks this source as beta.</source>
        <translation>Adobe marca esta fuente como beta.</translation>
    </message>
</context>
<context>
    <name>Inlet::SparkConfigLine</name>
    <message>
        <source>The landing zone&apos;s container name &quot;%1&quot; is not a valid Azure container name.</source>
        <translation>El nombre de contenedor «%1» de la zona de aterrizaje no es un nombre de contenedor de Azure válido.</translation>
    </message>
    <message>
        <source>The landing zone&apos;s storage account name &quot;%1&quot; is not a valid Azure storage account name.</source>
        <translation>El nombre de cuenta de almacenamiento «%1» de la zona de aterrizaje no es un nombre de cuenta de almacenamiento de Azure válido.</translation>
    </message>
    <message>
        <source>Platform returned no SAS token. Refresh the credentials and try again.</source>
        <translation>Platform no devolvió ningún token SAS. Actualizar las credenciales y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The SAS token contains white space, so it was probably URL-decoded on the way. Fetch the credentials again instead of editing the token.</source>
        <translation>El token SAS contiene espacios en blanco, así que probablemente se descodificó como URL por el camino. Volver a obtener las credenciales en lugar de editar el token.</translation>
    </message>
    <message>
        <source>The SAS token contains &apos;+&apos;, so it was probably URL-decoded on the way (Azure needs %2B there). Fetch the credentials again instead of editing the token.</source>
        <translation>El token SAS contiene «+», así que probablemente se descodificó como URL por el camino (Azure necesita ahí %2B). Volver a obtener las credenciales en lugar de editar el token.</translation>
    </message>
    <message>
        <source>The SAS token has no signature (sig=). Fetch the credentials again.</source>
        <translation>El token SAS no tiene firma (sig=). Volver a obtener las credenciales.</translation>
    </message>
</context>
<context>
    <name>Inlet::TargetPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>The name it is listed under in Platform</source>
        <translation>El nombre con el que aparece en Platform</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose where the data goes in Platform. &lt;b&gt;An existing dataset&lt;/b&gt; keeps its schema: search by the dataset&apos;s name or its schema&apos;s title. &lt;b&gt;A new dataset on a schema&lt;/b&gt; is created with the dataflow, under the name you type, on the XDM schema you choose.&lt;/p&gt;&lt;p&gt;The fields of the schema are shown on the right: required fields and identities are marked, since the mapping on the next page must fill them.&lt;/p&gt;&lt;p&gt;If the schema cannot take the chosen table or file (a dataset without a schema, or a required field no column can fill), the reason is shown and &lt;b&gt;Next&lt;/b&gt; stays disabled: choose another dataset, or a new one on a schema that fits. A schema none of whose fields match a column by name can still be used; you then map every column yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija adónde van los datos en Platform. &lt;b&gt;Un conjunto de datos existente&lt;/b&gt; conserva su esquema: busque por el nombre del conjunto de datos o por el título de su esquema. &lt;b&gt;Un conjunto de datos nuevo basado en un esquema&lt;/b&gt; se crea con el flujo de datos, con el nombre que escriba, sobre el esquema XDM que elija.&lt;/p&gt;&lt;p&gt;Los campos del esquema se muestran a la derecha: los campos obligatorios y las identidades están marcados, porque la asignación de la página siguiente debe rellenarlos.&lt;/p&gt;&lt;p&gt;Si el esquema no admite la tabla o el archivo elegido (un conjunto de datos sin esquema, o un campo obligatorio que ninguna columna puede rellenar), se muestra el motivo y &lt;b&gt;Siguiente&lt;/b&gt; sigue desactivado: elija otro conjunto de datos, o uno nuevo sobre un esquema adecuado. Un esquema en el que ningún campo coincide por nombre con una columna se puede usar igualmente; en ese caso, usted asigna cada columna.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation>Conjunto de datos de destino</translation>
    </message>
    <message>
        <source>There is no table or file to ingest yet. Go back and choose one on the Select data page.</source>
        <translation>Todavía no hay ninguna tabla ni archivo que ingerir. Vuelva atrás y elija uno en la página Seleccionar datos.</translation>
    </message>
    <message>
        <source>Where the data of %1 goes in Platform: a dataset that exists, or a new one on an XDM schema.</source>
        <translation>Adónde van los datos de %1 en Platform: un conjunto de datos existente o uno nuevo basado en un esquema XDM.</translation>
    </message>
    <message>
        <source>Asking Platform for the sandbox&apos;s datasets and schemas…</source>
        <translation>Consultando a Platform los conjuntos de datos y esquemas de la zona protegida…</translation>
    </message>
    <message>
        <source>Stopped. Choose Retry to ask again.</source>
        <translation>Detenido. Elija Reintentar para volver a preguntar.</translation>
    </message>
    <message>
        <source>The datasets and schemas could not be listed. %1</source>
        <translation>No se pudieron enumerar los conjuntos de datos y esquemas. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n conjunto de datos</numerusform>
            <numerusform>%n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) in the sandbox %1.</source>
        <translation>
            <numerusform>%n esquema en la zona protegida %1.</numerusform>
            <numerusform>%n esquemas en la zona protegida %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Reading the fields of the schema “%1”…</source>
        <translation>Leyendo los campos del esquema «%1»…</translation>
    </message>
    <message>
        <source>The fields of the schema “%1” could not be read. %2</source>
        <translation>No se pudieron leer los campos del esquema «%1». %2</translation>
    </message>
    <message numerus="yes">
        <source>The schema “%1” has %n field(s).</source>
        <translation>
            <numerusform>El esquema «%1» tiene %n campo.</numerusform>
            <numerusform>El esquema «%1» tiene %n campos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the schema of the new dataset to see its fields.</source>
        <translation>Elija el esquema del nuevo conjunto de datos para ver sus campos.</translation>
    </message>
    <message>
        <source>A new dataset on the schema &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Un conjunto de datos nuevo basado en el esquema &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, without an XDM schema.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, sin esquema XDM.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, on the schema &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, basado en el esquema &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose a dataset to see the fields of its schema.</source>
        <translation>Elija un conjunto de datos para ver los campos de su esquema.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>primary identity</source>
        <translation>identidad principal</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clave principal</translation>
    </message>
    <message>
        <source>Choose another dataset, or a new dataset on a schema that fits.</source>
        <translation>Elija otro conjunto de datos, o uno nuevo basado en un esquema adecuado.</translation>
    </message>
</context>
<context>
    <name>Inlet::TokenProvider</name>
    <message>
        <source>The IMS token response has no access_token or expires_in.</source>
        <translation>Falta access_token o expires_in en la respuesta de token de IMS.</translation>
    </message>
</context>
<context>
    <name>Inlet::WatchRuns</name>
    <message>
        <source>The Databricks cluster could not read the landing zone: its Spark config lacks the landing-zone line, or still holds a token that a refresh revoked. Copy the current line into the cluster&apos;s Spark config, restart the cluster, and the next run will read the data.</source>
        <translation>El clúster de Databricks no pudo leer la zona de aterrizaje: a su configuración de Spark le falta la línea de la zona de aterrizaje, o aún contiene un token que una actualización revocó. Copie la línea actual en la configuración de Spark del clúster, reinicie el clúster y la próxima ejecución leerá los datos.</translation>
    </message>
    <message>
        <source>The run failed without giving a reason.</source>
        <translation>La ejecución falló sin indicar el motivo.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be ingested; the others were.</source>
        <translation>
            <numerusform>No se pudo ingerir %n registro; los demás sí.</numerusform>
            <numerusform>No se pudieron ingerir %n registros; los demás sí.</numerusform>
        </translation>
    </message>
    <message>
        <source>The landing-zone token in the cluster&apos;s Spark config expires on %1, before the dataflow&apos;s next runs. Refresh the token before then and paste the new line into the cluster, or those runs will fail.</source>
        <translation>El token de la zona de aterrizaje de la configuración de Spark del clúster caduca el %1, antes de las próximas ejecuciones del flujo de datos. Actualice el token antes de esa fecha y pegue la línea nueva en el clúster, o esas ejecuciones fallarán.</translation>
    </message>
</context>
<context>
    <name>LandingZonePage</name>
    <message>
        <source>Give Databricks access to Platform&apos;s staging storage</source>
        <translation>Dar a Databricks acceso al almacenamiento provisional de Platform</translation>
    </message>
    <message>
        <source>Platform stages Databricks data in its own Azure Blob Storage. Your cluster needs this line in its Spark config to reach it.</source>
        <translation>Platform deposita los datos de Databricks en su propio Azure Blob Storage. El clúster necesita esta línea en su configuración de Spark para acceder a él.</translation>
    </message>
    <message>
        <source>In Databricks, open your cluster, choose &lt;b&gt;Advanced options&lt;/b&gt; and paste this line into the &lt;b&gt;Spark config&lt;/b&gt; box:</source>
        <translation>En Databricks, abrir el clúster, elegir &lt;b&gt;Advanced options&lt;/b&gt; y pegar esta línea en el cuadro &lt;b&gt;Spark config&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Spark config &amp;line:</source>
        <translation>&amp;Línea de configuración de Spark:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Show the SAS &amp;token</source>
        <translation>Mostrar el &amp;token SAS</translation>
    </message>
    <message>
        <source>&amp;Refresh credentials…</source>
        <translation>Actualizar las c&amp;redenciales…</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;The cluster must be running while you create the connection and whenever you explore or preview data.&lt;/li&gt;&lt;li&gt;Do not modify the &lt;code&gt;adobe-managed-staging&lt;/code&gt; folder in the container.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;El clúster debe estar en ejecución mientras se crea la conexión y siempre que se exploren o previsualicen datos.&lt;/li&gt;&lt;li&gt;No modificar la carpeta &lt;code&gt;adobe-managed-staging&lt;/code&gt; del contenedor.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>I &amp;added this line to my cluster&apos;s Spark config</source>
        <translation>&amp;He añadido esta línea a la configuración de Spark del clúster</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map columns</source>
        <translation>Asignar columnas</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>Asignación de &amp;columnas:</translation>
    </message>
    <message>
        <source>Chec&amp;k with Platform</source>
        <translation>C&amp;omprobar con Platform</translation>
    </message>
    <message>
        <source>&amp;Reset to suggestions</source>
        <translation>&amp;Restablecer las sugerencias</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Detall&amp;es</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Pre&amp;view of the first rows as the schema receives them:</source>
        <translation>&amp;Vista previa de las primeras filas tal como las recibe el esquema:</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>&amp;Mostrar la vista previa</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda de las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones específicas de Qt.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The interval must be at least 1.</source>
        <translation>El intervalo debe ser al menos 1.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Connection &amp;ID:</source>
        <translation>ID de la &amp;conexión:</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>Copiar el &amp;ID</translation>
    </message>
    <message>
        <source>ETa&amp;g:</source>
        <translation>ETa&amp;g:</translation>
    </message>
    <message>
        <source>Cop&amp;y ETag</source>
        <translation>Copiar el &amp;ETag</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Check the details. Nothing is sent to Platform until you choose Create connection.</source>
        <translation>Revisar los datos. No se envía nada a Platform hasta elegir «Crear la conexión».</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The same &amp;request as a curl command (secrets replaced by placeholders):</source>
        <translation>La misma &amp;solicitud como comando curl (secretos sustituidos por marcadores):</translation>
    </message>
    <message>
        <source>Cop&amp;y command</source>
        <translation>Copiar el co&amp;mando</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Dataflow &amp;ID:</source>
        <translation>&amp;ID del flujo de datos:</translation>
    </message>
    <message>
        <source>R&amp;uns, newest first:</source>
        <translation>&amp;Ejecuciones, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Actualizar a&amp;hora</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the Spark config &amp;line</source>
        <translation>Mostrar la &amp;línea de configuración de Spark</translation>
    </message>
    <message>
        <source>&amp;Errors of the selected run:</source>
        <translation>E&amp;rrores de la ejecución seleccionada:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Name the dataflow and choose when it reads the source.</source>
        <translation>Asigne un nombre al flujo de datos y elija cuándo lee la fuente.</translation>
    </message>
    <message>
        <source>Flow na&amp;me:</source>
        <translation>No&amp;mbre del flujo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>F&amp;recuencia:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Inici&amp;o:</translation>
    </message>
    <message>
        <source>A&amp;lso read what the source held before the start (backfill)</source>
        <translation>&amp;Leer también lo que la fuente contenía antes del inicio (relleno histórico)</translation>
    </message>
    <message>
        <source>Del&amp;ta column:</source>
        <translation>Columna del&amp;ta:</translation>
    </message>
    <message>
        <source>Collect &amp;error diagnostics for rejected records</source>
        <translation>Recopilar diagnósticos de &amp;errores de los registros rechazados</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Allow &amp;partial ingestion</source>
        <translation>Permitir la ingesta &amp;parcial</translation>
    </message>
    <message>
        <source>With partial ingestion, a run fails only when more than this share of its records fail.</source>
        <translation>Con la ingesta parcial, una ejecución solo falla si la proporción de registros fallidos supera este umbral.</translation>
    </message>
    <message>
        <source>Failed records th&amp;reshold:</source>
        <translation>Um&amp;bral de registros fallidos:</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose a source</source>
        <translation>Elegir una fuente</translation>
    </message>
    <message>
        <source>Pick the system you want to bring data from. Type to filter the list.</source>
        <translation>Elegir el sistema del que se quieren traer datos. Escribir filtra la lista.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, category or description</source>
        <translation>Nombre, categoría o descripción</translation>
    </message>
    <message>
        <source>&amp;Refresh from Platform</source>
        <translation>Actualizar desde &amp;Platform</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Target dataset</source>
        <translation>Conjunto de datos de destino</translation>
    </message>
    <message>
        <source>An e&amp;xisting dataset</source>
        <translation>Un conjunto de datos e&amp;xistente</translation>
    </message>
    <message>
        <source>A ne&amp;w dataset on a schema</source>
        <translation>Un conjunto de datos nue&amp;vo basado en un esquema</translation>
    </message>
    <message>
        <source>&amp;Search datasets:</source>
        <translation>&amp;Buscar conjuntos de datos:</translation>
    </message>
    <message>
        <source>Type part of a name or schema</source>
        <translation>Escriba parte de un nombre o de un esquema</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>&amp;Conjuntos de datos:</translation>
    </message>
    <message>
        <source>Dataset na&amp;me (required):</source>
        <translation>No&amp;mbre del conjunto de datos (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Search schemas:</source>
        <translation>Bu&amp;scar esquemas:</translation>
    </message>
    <message>
        <source>Type part of a title</source>
        <translation>Escriba parte de un título</translation>
    </message>
    <message>
        <source>S&amp;chemas:</source>
        <translation>&amp;Esquemas:</translation>
    </message>
    <message>
        <source>Schema fie&amp;lds:</source>
        <translation>Campos de&amp;l esquema:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;talles</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
</context>
</TS>
