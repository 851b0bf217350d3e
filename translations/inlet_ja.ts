<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountPage</name>
    <message>
        <source>Platform account</source>
        <translation>Platform アカウント</translation>
    </message>
    <message>
        <source>Sign in to the organization and sandbox where the connection will be created.</source>
        <translation>接続を作成する組織とサンドボックスにサインインします。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P)：</translation>
    </message>
    <message>
        <source>Pick a saved profile, or type a new name to save these settings under it.</source>
        <translation>保存済みのプロファイルを選ぶか、新しい名前を入力してこの設定をその名前で保存します。</translation>
    </message>
    <message>
        <source>&amp;Organization ID (required):</source>
        <translation>組織 ID（必須）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Sandbox (required):</source>
        <translation>サンドボックス（必須）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Client ID (required):</source>
        <translation>クライアント ID（必須）(&amp;C)：</translation>
    </message>
    <message>
        <source>The API key of your Adobe Developer Console project; sent as x-api-key.</source>
        <translation>Adobe Developer Console プロジェクトの API キーです。x-api-key として送信されます。</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>サインイン方法：</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>クライアントシークレット(&amp;E)</translation>
    </message>
    <message>
        <source>Pasted &amp;access token</source>
        <translation>貼り付けたアクセストークン(&amp;A)</translation>
    </message>
    <message>
        <source>Client secre&amp;t (required):</source>
        <translation>クライアントシークレット（必須）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>詳細設定(&amp;V)</translation>
    </message>
    <message>
        <source>Platform &amp;URL:</source>
        <translation>Platform URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation>IMS URL(&amp;I)：</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ：</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X)：</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <source>Leave empty to use the system&apos;s proxy settings, or enter http://host:port.</source>
        <translation>空欄のままにするとシステムのプロキシ設定を使います。指定する場合は http://host:port の形式で入力します。</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>サインイン(&amp;G)</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>Connection na&amp;me (required):</source>
        <translation>接続名（必須）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Description (optional):</source>
        <translation>説明（任意）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Remember credentials in the system keychain</source>
        <translation>認証情報をシステムのキーチェーンに保存する(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DataflowPage</name>
    <message>
        <source>Create the dataflow</source>
        <translation>データフローの作成</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete what was created</source>
        <translation>作成したものを削除(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>詳細(&amp;T)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>保存して後で完了(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DataflowReviewPage</name>
    <message>
        <source>Review the dataflow</source>
        <translation>データフローの確認</translation>
    </message>
    <message>
        <source>Check the details. Nothing is sent to Platform until you choose Create.</source>
        <translation>内容を確認してください。「作成」を選ぶまで、Platform には何も送信されません。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>The requests Create sends, in this order, as curl commands. Placeholders stand for your access token and for the IDs Platform answers with:</source>
        <translation>「作成」が送信するリクエストを、送信順に curl コマンドで示します。プレースホルダーは、アクセストークンと、Platform が応答で返す ID を表します：</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>すべてコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
</context>
<context>
    <name>ExistingConnectionsPage</name>
    <message>
        <source>Existing connections</source>
        <translation>既存の接続</translation>
    </message>
    <message>
        <source>Reuse a connection this sandbox already has, or create a new one.</source>
        <translation>このサンドボックスにある接続を再利用するか、新しい接続を作成します。</translation>
    </message>
    <message>
        <source>&amp;Create a new connection</source>
        <translation>新しい接続を作成する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Use the connection selected below</source>
        <translation>下で選択した接続を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Select data</source>
        <translation>データの選択</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;I)：</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>名前の一部を入力</translation>
    </message>
    <message>
        <source>&amp;Tables and files:</source>
        <translation>テーブルとファイル(&amp;T)：</translation>
    </message>
    <message>
        <source>File t&amp;ype:</source>
        <translation>ファイルの種類(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D)：</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>圧縮(&amp;M)：</translation>
    </message>
    <message>
        <source>Read fi&amp;le</source>
        <translation>ファイルを読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;chema</source>
        <translation>スキーマ(&amp;C)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Detail&amp;s</source>
        <translation>詳細(&amp;S)</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
</context>
<context>
    <name>Inlet::AccountPage</name>
    <message>
        <source>Show secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet signs in to Adobe Experience Platform with the OAuth Server-to-Server credential of an Adobe Developer Console project that has the Experience Platform API added.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Organization ID&lt;/b&gt; ends in &lt;code&gt;@AdobeOrg&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sandbox&lt;/b&gt; is the lower-case sandbox name, &lt;code&gt;prod&lt;/code&gt; by default.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Client ID&lt;/b&gt; is the project&apos;s API key; &lt;b&gt;client secret&lt;/b&gt; is its secret. You may instead paste an access token you got elsewhere; it expires after 24 hours.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The secret is kept in your system keychain, never in a file. &lt;b&gt;Advanced&lt;/b&gt; changes the Platform and IMS addresses, the OAuth scopes and the proxy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet は、Experience Platform API を追加した Adobe Developer Console プロジェクトの OAuth サーバー間認証情報を使って Adobe Experience Platform にサインインします。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;組織 ID&lt;/b&gt; は &lt;code&gt;@AdobeOrg&lt;/code&gt; で終わります。&lt;/li&gt;&lt;li&gt;&lt;b&gt;サンドボックス&lt;/b&gt; は小文字のサンドボックス名で、既定値は &lt;code&gt;prod&lt;/code&gt; です。&lt;/li&gt;&lt;li&gt;&lt;b&gt;クライアント ID&lt;/b&gt; はプロジェクトの API キー、&lt;b&gt;クライアントシークレット&lt;/b&gt; はそのシークレットです。代わりに、別の方法で取得したアクセストークンを貼り付けることもできます。アクセストークンは 24 時間で失効します。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;シークレットはファイルではなく、システムのキーチェーンに保存されます。&lt;b&gt;詳細設定&lt;/b&gt; では、Platform と IMS のアドレス、OAuth スコープ、プロキシを変更できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Access &amp;token (required):</source>
        <translation>アクセストークン（必須）(&amp;T)：</translation>
    </message>
    <message>
        <source>Client secre&amp;t (required):</source>
        <translation>クライアントシークレット（必須）(&amp;T)：</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>アクセストークンを表示</translation>
    </message>
    <message>
        <source>Show client secret</source>
        <translation>クライアントシークレットを表示</translation>
    </message>
    <message>
        <source>Enter the organization ID.</source>
        <translation>組織 ID を入力してください。</translation>
    </message>
    <message>
        <source>The organization ID must look like 0123456789ABCDEF01234567@AdobeOrg.</source>
        <translation>組織 ID は 0123456789ABCDEF01234567@AdobeOrg の形式で入力してください。</translation>
    </message>
    <message>
        <source>The sandbox name uses lower-case letters, digits and hyphens, for example prod.</source>
        <translation>サンドボックス名には小文字の英字、数字、ハイフンを使います（例：prod）。</translation>
    </message>
    <message>
        <source>Enter the client ID (API key) of your Developer Console project.</source>
        <translation>Developer Console プロジェクトのクライアント ID（API キー）を入力してください。</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>アクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>クライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <source>%1 must be a web address such as https://platform.adobe.io.</source>
        <translation>%1 には https://platform.adobe.io のような Web アドレスを指定してください。</translation>
    </message>
    <message>
        <source>The proxy must be a web address such as http://proxy.example.com:3128, or empty.</source>
        <translation>プロキシには http://proxy.example.com:3128 のような Web アドレスを指定するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Signed in to %1, sandbox %2.</source>
        <translation>%1 のサンドボックス %2 にサインインしました。</translation>
    </message>
    <message>
        <source>Remove the user name and password from the proxy address: Inlet does not store proxy credentials. Leave the field empty to use the system proxy, which may carry them.</source>
        <translation>プロキシのアドレスからユーザー名とパスワードを削除してください。Inlet はプロキシの認証情報を保存しません。システムのプロキシ（認証情報を含められます）を使うには、この欄を空にしてください。</translation>
    </message>
    <message>
        <source>Send the Saved Secret to a New Address?</source>
        <translation>保存済みのシークレットを新しいアドレスに送信しますか?</translation>
    </message>
    <message>
        <source>The profile “%1” and its secret were saved for:
IMS: %2
Platform: %3

This sign-in would send the secret to:
IMS: %4
Platform: %5

Continue only if you trust the new address. If signing in works, the profile keeps it.</source>
        <translation>プロファイル「%1」とそのシークレットは次のアドレス用に保存されています:
IMS: %2
Platform: %3

このサインインではシークレットを次に送信します:
IMS: %4
Platform: %5

新しいアドレスを信頼できる場合にのみ続行してください。サインインに成功すると、プロファイルはそのアドレスを保持します。</translation>
    </message>
    <message>
        <source>Use the New Address</source>
        <translation>新しいアドレスを使用</translation>
    </message>
    <message>
        <source>Sign In at a Non-Adobe Address?</source>
        <translation>Adobe 以外のアドレスでサインインしますか?</translation>
    </message>
    <message>
        <source>Signing in sends your secret to addresses that are not Adobe&apos;s:
IMS: %1
Platform: %2

Continue only if you trust this server. You will not be asked again for this profile.</source>
        <translation>サインインすると、シークレットが Adobe 以外のアドレスに送信されます:
IMS: %1
Platform: %2

このサーバーを信頼できる場合にのみ続行してください。このプロファイルについて再度確認することはありません。</translation>
    </message>
    <message>
        <source>Sign In There</source>
        <translation>そこでサインイン</translation>
    </message>
    <message>
        <source>Confirm the address before the secret is sent.</source>
        <translation>シークレットを送信する前にアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Signed in, but the profile could not be saved: %1 Click Next to go on without saving it.</source>
        <translation>サインインしましたが、プロファイルを保存できませんでした: %1 保存せずに続けるには［次へ］をクリックしてください。</translation>
    </message>
    <message>
        <source>Signed in, but the secret could not be saved: %1 You will need to enter it again next time. Click Next to go on.</source>
        <translation>サインインしましたが、シークレットを保存できませんでした: %1 次回もう一度入力する必要があります。続けるには［次へ］をクリックしてください。</translation>
    </message>
</context>
<context>
    <name>Inlet::AutoMapping</name>
    <message>
        <source>The dataset has no XDM schema, so mapped data cannot be written to it.</source>
        <translation>データセットに XDM スキーマがないため、マッピングしたデータを書き込めません。</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; requires the field &quot;%2&quot; (%3), and no column of the source can fill it.</source>
        <translation>スキーマ「%1」ではフィールド「%2」（%3）が必須ですが、ソースのどの列でも埋められません。</translation>
    </message>
    <message>
        <source>No column of the source matches a field of &quot;%1&quot; by name; every column would be mapped by hand.</source>
        <translation>ソースのどの列も、名前が「%1」のフィールドと一致しません。すべての列を手動でマッピングすることになります。</translation>
    </message>
</context>
<context>
    <name>Inlet::CatalogParser</name>
    <message>
        <source>Catalog entry %1 is not a JSON object; it was skipped.</source>
        <translation>カタログの項目 %1 は JSON オブジェクトではないため、スキップしました。</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>Connection spec %1 has no “id”; it was skipped.</source>
        <translation>接続仕様 %1 に「id」がないため、スキップしました。</translation>
    </message>
    <message>
        <source>Connection spec %1 (%2)</source>
        <translation>接続仕様 %1（%2）</translation>
    </message>
    <message>
        <source>%1: the id may only contain letters, digits, “.”, “_” and “-”; the spec was skipped.</source>
        <translation>%1：id に使えるのは英字、数字、「.」「_」「-」だけです。この仕様はスキップしました。</translation>
    </message>
    <message>
        <source>%1: “authSpec” is not a list; the spec was skipped.</source>
        <translation>%1：「authSpec」がリストではないため、この仕様はスキップしました。</translation>
    </message>
    <message>
        <source>the auth spec name %1 appears twice</source>
        <translation>認証仕様名 %1 が重複しています</translation>
    </message>
    <message>
        <source>auth spec %1</source>
        <translation>認証仕様 %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; it was skipped.</source>
        <translation>%1、%2：%3。スキップしました。</translation>
    </message>
    <message>
        <source>%1 has no usable authentication spec; it was skipped.</source>
        <translation>%1 には使用できる認証仕様がないため、スキップしました。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>it has no “name”</source>
        <translation>「name」がありません</translation>
    </message>
    <message>
        <source>“type” must be text</source>
        <translation>「type」はテキストである必要があります</translation>
    </message>
    <message>
        <source>it has no “spec” schema object</source>
        <translation>スキーマオブジェクト「spec」がありません</translation>
    </message>
    <message>
        <source>the schema’s “type” must be “object”</source>
        <translation>スキーマの「type」は「object」である必要があります</translation>
    </message>
    <message>
        <source>“properties” must be an object</source>
        <translation>「properties」はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>“required” must be a list of property names</source>
        <translation>「required」はプロパティ名のリストである必要があります</translation>
    </message>
    <message>
        <source>“required” names %1, which is not a property</source>
        <translation>「required」に指定された %1 はプロパティではありません</translation>
    </message>
    <message>
        <source>property %1: %2</source>
        <translation>プロパティ %1：%2</translation>
    </message>
    <message>
        <source>the property name is empty</source>
        <translation>プロパティ名が空です</translation>
    </message>
    <message>
        <source>a list of several types is not supported</source>
        <translation>複数の型のリストには対応していません</translation>
    </message>
    <message>
        <source>type %1 is not supported (string, integer, number or boolean)</source>
        <translation>型 %1 には対応していません（string、integer、number、boolean のみ）</translation>
    </message>
    <message>
        <source>“format”: “password” needs “type”: “string”</source>
        <translation>「format」:「password」には「type」:「string」が必要です</translation>
    </message>
    <message>
        <source>“examples” must be a list</source>
        <translation>「examples」はリストである必要があります</translation>
    </message>
    <message>
        <source>“enum” must be a non-empty list</source>
        <translation>「enum」は空でないリストである必要があります</translation>
    </message>
    <message>
        <source>an “enum” value is not of type %1</source>
        <translation>「enum」の値に型 %1 でないものがあります</translation>
    </message>
    <message>
        <source>the pattern does not compile (%1 at position %2)</source>
        <translation>パターンをコンパイルできません（位置 %2 で %1）</translation>
    </message>
    <message>
        <source>“minLength” is greater than “maxLength”</source>
        <translation>「minLength」が「maxLength」より大きくなっています</translation>
    </message>
    <message>
        <source>“minimum” is greater than “maximum”</source>
        <translation>「minimum」が「maximum」より大きくなっています</translation>
    </message>
    <message>
        <source>the default value is not of type %1</source>
        <translation>既定値が型 %1 ではありません</translation>
    </message>
    <message>
        <source>the default value is not one of the “enum” values</source>
        <translation>既定値が「enum」の値のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 はテキストである必要があります</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more</source>
        <translation>%1 は 0 以上の整数である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 は数値である必要があります</translation>
    </message>
    <message>
        <source>The connection-spec list is not valid JSON: %1 (at byte %2).</source>
        <translation>接続仕様のリストが有効な JSON ではありません：%1（%2 バイト目）。</translation>
    </message>
    <message>
        <source>The connection-spec list must be a JSON object with an “items” list.</source>
        <translation>接続仕様のリストは、「items」リストを持つ JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The connection-spec list’s “items” is not a list.</source>
        <translation>接続仕様のリストの「items」がリストではありません。</translation>
    </message>
    <message>
        <source>The connection-spec list has no “items”.</source>
        <translation>接続仕様のリストに「items」がありません。</translation>
    </message>
    <message>
        <source>The connection-spec list is not valid JSON: %1.</source>
        <translation>接続仕様のリストが有効な JSON ではありません：%1。</translation>
    </message>
    <message>
        <source>“format”: “uri” needs “type”: “string”</source>
        <translation>「format」: 「uri」には「type」: 「string」が必要です</translation>
    </message>
    <message>
        <source>“contentEncoding” %1 is not supported (base64)</source>
        <translation>「contentEncoding」%1 には対応していません（base64）</translation>
    </message>
    <message>
        <source>a file’s content needs “type”: “string”</source>
        <translation>ファイルの内容には「type」: 「string」が必要です</translation>
    </message>
</context>
<context>
    <name>Inlet::Categories</name>
    <message>
        <source>Advertising</source>
        <translation>広告</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>クラウドストレージ</translation>
    </message>
    <message>
        <source>Consent and preferences</source>
        <translation>同意と設定</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>カスタマーサクセス</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>eCommerce</source>
        <translation>eコマース</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>ロイヤルティ</translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation>マーケティングオートメーション</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>決済</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>プロトコル</translation>
    </message>
</context>
<context>
    <name>Inlet::ChoiceEditor</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>Inlet::CommandLine</name>
    <message>
        <source>Connect data sources to Adobe Experience Platform.</source>
        <translation>データソースを Adobe Experience Platform に接続します。</translation>
    </message>
    <message>
        <source>Start with the saved Platform profile &lt;name&gt;.</source>
        <translation>保存済みの Platform プロファイル &lt;name&gt; で起動します。</translation>
    </message>
    <message>
        <source>Preselect the source with this connection spec id or name.</source>
        <translation>この接続仕様 ID または名前のソースをあらかじめ選択します。</translation>
    </message>
    <message>
        <source>Base URL of the Platform API (default https://platform.adobe.io).</source>
        <translation>Platform API のベース URL（既定値：https://platform.adobe.io）。</translation>
    </message>
    <message>
        <source>Base URL of Adobe IMS (default https://ims-na1.adobelogin.com).</source>
        <translation>Adobe IMS のベース URL（既定値：https://ims-na1.adobelogin.com）。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s, e.g. de or ja.</source>
        <translation>システムの言語の代わりにこの言語を使います（例：de、ja）。</translation>
    </message>
    <message>
        <source>name</source>
        <comment>value of --profile in --help</comment>
        <translation>name</translation>
    </message>
    <message>
        <source>spec</source>
        <comment>value of --source in --help</comment>
        <translation>spec</translation>
    </message>
    <message>
        <source>url</source>
        <comment>value of --platform-url and --ims-url in --help</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>code</source>
        <comment>value of --language in --help</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>After signing in, watch the runs of the dataflow with this id.</source>
        <translation>サインイン後、この ID のデータフローの実行を監視します。</translation>
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
        <translation>「%1」が作成されたかどうかを確認できませんでした: %2 再試行すると、何かを送信する前に確認します。</translation>
    </message>
    <message>
        <source>Platform created &quot;%1&quot; before the cancel took effect (ID %2). Try again uses it; nothing is sent a second time.</source>
        <translation>キャンセルが反映される前に Platform が「%1」を作成しました (ID %2)。再試行ではこれを使用し、二度送信することはありません。</translation>
    </message>
    <message>
        <source>Inlet checked after the cancel: no connection &quot;%1&quot; exists so far. Try again looks once more before it sends anything.</source>
        <translation>キャンセル後に確認しました: 接続「%1」はまだ存在しません。再試行すると、何かを送信する前にもう一度確認します。</translation>
    </message>
    <message>
        <source>The answer to the request was lost, but the connection was created meanwhile: ID %1. Inlet did not create it a second time.</source>
        <translation>リクエストへの応答は失われましたが、その間に接続は作成されていました（ID %1）。Inlet は接続を二重に作成していません。</translation>
    </message>
    <message>
        <source>The connection was not created. It is safe to try again.</source>
        <translation>接続は作成されませんでした。安全にもう一度試すことができます。</translation>
    </message>
    <message>
        <source>Inlet could not find out whether the connection was created. Try again looks for it before it sends anything.</source>
        <translation>接続が作成されたかどうかを Inlet は確認できませんでした。「再試行」は何かを送信する前に接続を探します。</translation>
    </message>
</context>
<context>
    <name>Inlet::CreateDataflow</name>
    <message>
        <source>the flow spec</source>
        <translation>フロー仕様</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>the source connection</source>
        <translation>ソース接続</translation>
    </message>
    <message>
        <source>the target connection</source>
        <translation>ターゲット接続</translation>
    </message>
    <message>
        <source>the mapping set</source>
        <translation>マッピングセット</translation>
    </message>
    <message>
        <source>the dataflow</source>
        <translation>データフロー</translation>
    </message>
    <message>
        <source>Platform has no flow spec &quot;%1&quot;, so it cannot create a dataflow for this source.</source>
        <translation>Platform にフロー仕様「%1」がないため、このソースのデータフローを作成できません。</translation>
    </message>
    <message>
        <source>The flow spec &quot;%1&quot; does not accept this source&apos;s connection spec (%2), so Platform cannot create a dataflow for it. Nothing was created.</source>
        <translation>フロー仕様「%1」はこのソースの接続仕様（%2）を受け付けないため、Platform はこのソースのデータフローを作成できません。何も作成されていません。</translation>
    </message>
    <message>
        <source>%1 was not created.</source>
        <translation>%1 は作成されませんでした。</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created; Continue looks for it before it sends anything.</source>
        <translation>%1 が作成されたかどうかは不明です。「続行」は、何かを送信する前にそれを探します。</translation>
    </message>
    <message>
        <source>%1 was not created; Continue sends it again.</source>
        <translation>%1 は作成されませんでした。「続行」で再送信します。</translation>
    </message>
    <message>
        <source>Mapping set %1 (%2): Platform offers no way to delete mapping sets; one that no dataflow uses does nothing.</source>
        <translation>マッピングセット %1（%2）：Platform にはマッピングセットを削除する方法がありません。どのデータフローにも使われていないマッピングセットは何の影響も及ぼしません。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1「%2」（%3）</translation>
    </message>
</context>
<context>
    <name>Inlet::CredentialForm</name>
    <message>
        <source>Authentication</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（任意）</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>認証方式(&amp;U)：</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必須）：</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1（任意）：</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>JSON キーファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Key files (*.p8 *.pem *.key *.ppk);;All files (*)</source>
        <translation>キーファイル (*.p8 *.pem *.key *.ppk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 を読み込む</translation>
    </message>
</context>
<context>
    <name>Inlet::CredentialsPage</name>
    <message>
        <source>&lt;p&gt;These are the credentials Platform uses to reach %1. The fields come from the source&apos;s credential table; hover over a field for its description.&lt;/p&gt;&lt;p&gt;Secret fields are hidden while you type; the eye button shows them. With &lt;b&gt;Remember credentials in the system keychain&lt;/b&gt;, Inlet keeps the secrets in your keychain (never in a file) under the new connection&apos;s ID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Platform が %1 に接続するときに使う認証情報です。フィールドはソースの認証情報の定義から作られています。フィールドにマウスポインターを合わせると説明が表示されます。&lt;/p&gt;&lt;p&gt;シークレットのフィールドは入力中は隠され、目のボタンで表示できます。&lt;b&gt;認証情報をシステムのキーチェーンに保存する&lt;/b&gt; をオンにすると、Inlet はシークレットを新しい接続の ID でキーチェーンに保存します（ファイルには保存しません）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>%1 の認証情報</translation>
    </message>
    <message>
        <source>Platform uses these to reach %1. Secrets stay masked and go only to Platform and your keychain.</source>
        <translation>Platform はこれらを使って %1 に接続します。シークレットは伏せ字のままで、Platform とキーチェーンにのみ渡されます。</translation>
    </message>
    <message>
        <source>%1 connection</source>
        <translation>%1 接続</translation>
    </message>
    <message>
        <source>You can still create the connection; the credentials just will not be remembered.</source>
        <translation>接続は作成できますが、認証情報は保存されません。</translation>
    </message>
    <message>
        <source>Source credentials</source>
        <translation>ソースの認証情報</translation>
    </message>
    <message>
        <source>Base connection to %1, created with Inlet</source>
        <translation>%1 へのベース接続（Inlet で作成）</translation>
    </message>
    <message>
        <source>What you typed could not be kept in case Inlet closes unexpectedly: %1</source>
        <translation>Inlet が予期せず終了した場合に備えて入力内容を保持できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowJson</name>
    <message>
        <source>The response is not a JSON array.</source>
        <translation>応答が JSON 配列ではありません。</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The response does not name the new dataset.</source>
        <translation>応答に新しいデータセットが示されていません。</translation>
    </message>
    <message>
        <source>The response has no &quot;results&quot; array.</source>
        <translation>応答に「results」配列がありません。</translation>
    </message>
    <message>
        <source>The schema has no $id or no resolved properties.</source>
        <translation>スキーマに $id または解決済みのプロパティがありません。</translation>
    </message>
    <message>
        <source>The response has no &quot;validationResponse&quot; array.</source>
        <translation>応答に「validationResponse」配列がありません。</translation>
    </message>
    <message>
        <source>The response has no mapping set id.</source>
        <translation>応答にマッピングセット ID がありません。</translation>
    </message>
    <message>
        <source>The response has no &quot;items&quot; array.</source>
        <translation>応答に「items」配列がありません。</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowPage</name>
    <message>
        <source>Flow spec</source>
        <translation>フロー仕様</translation>
    </message>
    <message>
        <source>Flow spec ID</source>
        <translation>フロー仕様 ID</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>データセット ID</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>ソース接続</translation>
    </message>
    <message>
        <source>Source connection ID</source>
        <translation>ソース接続 ID</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>ターゲット接続</translation>
    </message>
    <message>
        <source>Target connection ID</source>
        <translation>ターゲット接続 ID</translation>
    </message>
    <message>
        <source>Mapping set</source>
        <translation>マッピングセット</translation>
    </message>
    <message>
        <source>Mapping set ID</source>
        <translation>マッピングセット ID</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>データフロー</translation>
    </message>
    <message>
        <source>Dataflow ID</source>
        <translation>データフロー ID</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet creates the dataflow on Platform, each object once: it checks that the flow spec accepts the source, then creates the dataset (when you chose a new one), the source connection, the target connection, the mapping set and the dataflow itself. Each step shows its state and, once done, the new object&apos;s ID.&lt;/p&gt;&lt;p&gt;If a step fails, the page names it and keeps everything you chose. &lt;b&gt;Continue&lt;/b&gt; goes on from that step; when Platform&apos;s answer was lost, it first looks whether the object was created, so nothing is created twice. &lt;b&gt;Delete what was created&lt;/b&gt; lists the objects made so far and removes them once you confirm; mapping sets stay, as Platform cannot delete them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; interrupts the work; Continue picks it up again. &lt;b&gt;Next&lt;/b&gt; shows the dataflow&apos;s runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet は Platform 上にデータフローを作成します（各オブジェクトは一度だけ）。まずフロー仕様がソースを受け付けるかを確認し、次にデータセット（新規作成を選んだ場合）、ソース接続、ターゲット接続、マッピングセット、そしてデータフロー本体を作成します。各手順には状態が表示され、完了すると新しいオブジェクトの ID が表示されます。&lt;/p&gt;&lt;p&gt;手順が失敗すると、ページにその手順が示され、選択した内容はすべて保持されます。&lt;b&gt;続行&lt;/b&gt; はその手順から再開します。Platform の応答が失われた場合は、まずオブジェクトが作成されたかを確認するため、二重に作成されることはありません。&lt;b&gt;作成したものを削除&lt;/b&gt; は、それまでに作成したオブジェクトを一覧表示し、確認後に削除します。マッピングセットは Platform で削除できないため残ります。&lt;/p&gt;&lt;p&gt;&lt;b&gt;停止&lt;/b&gt; は処理を中断し、「続行」で再開できます。&lt;b&gt;次へ&lt;/b&gt; でデータフローの実行を表示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inlet creates the dataflow &quot;%1&quot; on Platform, each object once.</source>
        <translation>Inlet は Platform 上にデータフロー「%1」を作成します（各オブジェクトは一度だけ）。</translation>
    </message>
    <message>
        <source>Checking whether %1 was created meanwhile…</source>
        <translation>%1 がその間に作成されたかを確認しています…</translation>
    </message>
    <message>
        <source>Creating the dataflow &quot;%1&quot;…</source>
        <translation>データフロー「%1」を作成しています…</translation>
    </message>
    <message>
        <source>Checking the flow spec failed.</source>
        <translation>フロー仕様の確認に失敗しました。</translation>
    </message>
    <message>
        <source>Creating %1 failed.</source>
        <translation>%1 の作成に失敗しました。</translation>
    </message>
    <message>
        <source>The dataflow &quot;%1&quot; was created. Next shows its runs.</source>
        <translation>データフロー「%1」を作成しました。「次へ」で実行を表示します。</translation>
    </message>
    <message>
        <source>Delete these objects from Platform? What you chose in Inlet stays, so Continue can create them again.</source>
        <translation>これらのオブジェクトを Platform から削除しますか？ Inlet で選択した内容は残るため、「続行」で再作成できます。</translation>
    </message>
    <message>
        <source>The mapping set &quot;%1&quot; (%2) stays: Platform cannot delete mapping sets, and one that no dataflow uses does nothing.</source>
        <translation>マッピングセット「%1」（%2）は残ります。Platform はマッピングセットを削除できませんが、どのデータフローにも使われていないマッピングセットは何の影響も及ぼしません。</translation>
    </message>
    <message>
        <source>Delete What Was Created?</source>
        <translation>作成したものを削除しますか?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting what was created…</source>
        <translation>作成したものを削除しています…</translation>
    </message>
    <message>
        <source>Deleting failed. %1 The objects still listed above remain; Delete what was created tries again.</source>
        <translation>削除に失敗しました。%1 上に表示されているオブジェクトは残っています。「作成したものを削除」で再試行できます。</translation>
    </message>
    <message>
        <source>What was created is deleted. Continue creates the dataflow again from what you chose.</source>
        <translation>作成したものを削除しました。「続行」で、選択した内容からデータフローを再作成します。</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>削除済み：</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>保持：</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not known whether created</source>
        <translation>作成されたか不明</translation>
    </message>
    <message>
        <source>Dataflow &quot;%1&quot; (%2)</source>
        <translation>データフロー「%1」（%2）</translation>
    </message>
    <message>
        <source>Target connection &quot;%1&quot; (%2)</source>
        <translation>ターゲット接続「%1」（%2）</translation>
    </message>
    <message>
        <source>Source connection &quot;%1&quot; (%2)</source>
        <translation>ソース接続「%1」（%2）</translation>
    </message>
    <message>
        <source>Dataset &quot;%1&quot; (%2)</source>
        <translation>データセット「%1」（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Save and finish later&lt;/b&gt; keeps your choices and the IDs of what exists on this computer, without any secret, so that you can close Inlet. When you sign in again with the same profile, Inlet offers to resume the dataflow where it stopped. Closing Inlet before the dataflow is finished asks whether to keep what was created that way, to delete it, or to go back.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Back&lt;/b&gt; returns to the review, to change your choices, only while nothing exists on Platform: otherwise what was made for the earlier choices would be left behind. Delete what was created first, or Continue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;保存して後で完了&lt;/b&gt;は、選択した内容と作成済みのものの ID を、シークレットを含めずにこのコンピューターに保存します。その後は Inlet を閉じてかまいません。同じプロファイルで再びサインインすると、Inlet は中断したところからデータフローを再開するよう提案します。データフローの完了前に Inlet を閉じようとすると、作成したものをこの方法で保持するか、削除するか、戻るかを確認します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;戻る&lt;/b&gt;で確認ページに戻って選択を変更できるのは、Platform に何も存在しない間だけです。そうでないと、以前の選択のために作成したものが残されてしまいます。先に作成したものを削除するか、「続行」してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picked up where it stopped on %1: the steps above show what exists on Platform. Continue creates the rest.</source>
        <translation>%1 に中断したところから再開しました。上の手順に、Platform 上に存在するものが表示されています。「続行」で残りを作成します。</translation>
    </message>
    <message>
        <source>The saved setup could not be discarded: %1</source>
        <translation>保存した設定を破棄できませんでした: %1</translation>
    </message>
    <message>
        <source>Back to the review is not possible while objects made for this dataflow exist on Platform: they would be left behind. To change your choices, delete what was created first; or Continue.</source>
        <translation>このデータフローのために作成したオブジェクトが Platform に存在する間は、確認ページに戻れません。戻るとそれらが残されてしまいます。選択を変更するには、先に作成したものを削除してください。または「続行」してください。</translation>
    </message>
    <message>
        <source>Back to the review is not possible: what may exist of this dataflow on Platform would be left behind. Continue finishes the dataflow with your choices as they are.</source>
        <translation>確認ページには戻れません。このデータフローについて Platform に存在する可能性のあるものが残されてしまいます。「続行」で、現在の選択のままデータフローを完成させます。</translation>
    </message>
    <message>
        <source>Inlet keeps one unfinished dataflow, and &quot;%1&quot; (profile &quot;%2&quot;, saved %3) is kept now. Saving this one forgets it: Inlet will no longer offer to finish or delete it.</source>
        <translation>Inlet が保持できる未完了のデータフローは 1 つだけで、現在は「%1」（プロファイル「%2」、%3 に保存）を保持しています。これを保存するとそちらは破棄され、Inlet はその完了や削除を提案しなくなります。</translation>
    </message>
    <message>
        <source>What it created stays on Platform:</source>
        <translation>作成済みのものは Platform に残ります：</translation>
    </message>
    <message>
        <source>Replace the Saved Dataflow?</source>
        <translation>保存済みのデータフローを置き換えますか?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>The setup could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The saved setup could not be updated: %1</source>
        <translation>保存した設定を更新できませんでした: %1</translation>
    </message>
    <message>
        <source>Your choices for &quot;%1&quot; are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>「%1」の選択内容は、シークレットを含めずにこのコンピューターに保存されました。いつでも Inlet を閉じてかまいません。再開するには、プロファイル「%2」でサインインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Your choices for &quot;%1&quot; and the IDs of the %n object(s) created so far are saved on this computer, without secrets: close Inlet whenever you like, then sign in with the profile &quot;%2&quot; to resume.</source>
        <translation>
            <numerusform>「%1」の選択内容と、これまでに作成した %n 個のオブジェクトの ID は、シークレットを含めずにこのコンピューターに保存されました。いつでも Inlet を閉じてかまいません。再開するには、プロファイル「%2」でサインインしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Inlet did not close: it is not known whether %1 was created, so it cannot be deleted yet. Continue finds out (and creates the rest); Delete what was created then removes it all.</source>
        <translation>Inlet は閉じませんでした。%1 が作成されたかどうか分からないため、まだ削除できません。「続行」で確認し（残りも作成し）、その後「作成したものを削除」ですべて削除できます。</translation>
    </message>
    <message>
        <source>Mapping set &quot;%1&quot; (%2)</source>
        <translation>マッピングセット「%1」（%2）</translation>
    </message>
</context>
<context>
    <name>Inlet::DataflowReviewPage</name>
    <message>
        <source>%1 your time (%2 UTC)</source>
        <translation>現地時間 %1（UTC %2）</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Copied all %n request(s), in the order they are sent.</source>
        <translation>
            <numerusform>%n 件のリクエストをすべて、送信順にコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>フロー名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>読み取り対象</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>テーブル %1</translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation>ターゲットデータセット</translation>
    </message>
    <message>
        <source>New dataset “%1”</source>
        <translation>新しいデータセット「%1」</translation>
    </message>
    <message>
        <source>Existing dataset %1</source>
        <translation>既存のデータセット %1</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>マッピング</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 件のルール</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>At</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>初回実行</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>バックフィル</translation>
    </message>
    <message>
        <source>Yes: the first run also reads older data</source>
        <translation>はい：初回実行で過去のデータも読み取ります</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Delta column</source>
        <translation>デルタ列</translation>
    </message>
    <message>
        <source>Error diagnostics</source>
        <translation>エラー診断</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Partial ingestion</source>
        <translation>部分取り込み</translation>
    </message>
    <message>
        <source>On: a run fails only above %1 % failed records</source>
        <translation>オン：失敗したレコードが %1 % を超えた場合にのみ実行が失敗します</translation>
    </message>
    <message>
        <source>Off: one failed record fails the run</source>
        <translation>オフ：1 件でもレコードが失敗すると実行が失敗します</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n 時間ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>%n 日ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>%n 週間ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Once</source>
        <translation>1 回のみ</translation>
    </message>
    <message>
        <source>Create the dataset “%1”</source>
        <translation>データセット「%1」を作成</translation>
    </message>
    <message>
        <source>Create the source connection</source>
        <translation>ソース接続を作成</translation>
    </message>
    <message>
        <source>Create the target connection</source>
        <translation>ターゲット接続を作成</translation>
    </message>
    <message>
        <source>Create the mapping set</source>
        <translation>マッピングセットを作成</translation>
    </message>
    <message>
        <source>Create the dataflow</source>
        <translation>データフローを作成</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>リクエスト %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy request %1: %2</source>
        <translation>リクエスト %1 をコピー：%2</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>コピーしました：%1。</translation>
    </message>
    <message>
        <source>Existing dataset “%1” (%2)</source>
        <translation>既存のデータセット「%1」（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the dataflow before it is created: where it reads, where the data goes, how many mapping rules it applies and when it runs (in your time and in UTC, as Platform receives it).&lt;/p&gt;&lt;p&gt;Below are the requests &lt;b&gt;Create&lt;/b&gt; sends, in order, as curl commands. Your access token is replaced by &lt;code&gt;{ACCESS_TOKEN}&lt;/code&gt;, and the IDs Platform answers with by placeholders such as &lt;code&gt;{SOURCE_CONNECTION_ID}&lt;/code&gt;; no secret is shown. Copy one, or all of them, to document the dataflow or to create it yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create&lt;/b&gt; sends each request once. Afterwards you can come back to this page only while nothing exists on Platform, so a second click cannot create a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;作成する前にデータフローを確認してください。読み取り元、データの送り先、適用するマッピングルールの数、実行日時（現地時間と、Platform が受け取る UTC）が表示されます。&lt;/p&gt;&lt;p&gt;下には、&lt;b&gt;作成&lt;/b&gt; が送信するリクエストを送信順に curl コマンドで示しています。アクセストークンは &lt;code&gt;{ACCESS_TOKEN}&lt;/code&gt; に、Platform が応答で返す ID は &lt;code&gt;{SOURCE_CONNECTION_ID}&lt;/code&gt; のようなプレースホルダーに置き換えられ、シークレットは表示されません。1 つまたはすべてをコピーして、データフローの記録に使ったり、自分で作成したりできます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;作成&lt;/b&gt; は各リクエストを 1 回だけ送信します。その後このページに戻れるのは Platform に何も存在しない間だけなので、2 回クリックしても重複して作成されることはありません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inlet::Error</name>
    <message>
        <source>The response had no body.</source>
        <translation>応答に本文がありませんでした。</translation>
    </message>
    <message>
        <source>The response is an HTML page, not JSON.</source>
        <translation>応答は JSON ではなく HTML ページです。</translation>
    </message>
    <message>
        <source>The response is an HTML page (“%1”), not JSON.</source>
        <translation>応答は JSON ではなく HTML ページ（「%1」）です。</translation>
    </message>
    <message numerus="yes">
        <source>The response is not JSON (%n bytes).</source>
        <translation>
            <numerusform>応答は JSON ではありません（%n バイト）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in failed: Adobe IMS did not accept the client ID or client secret. Check both against the OAuth Server-to-Server credential in the Developer Console.</source>
        <translation>サインインに失敗しました。Adobe IMS がクライアント ID またはクライアントシークレットを受け付けませんでした。Developer Console の OAuth サーバー間認証情報と照らし合わせて、両方を確認してください。</translation>
    </message>
    <message>
        <source>Sign-in failed: the requested scopes are not allowed for this credential. Check the scopes in the profile against the Developer Console project.</source>
        <translation>サインインに失敗しました。要求したスコープはこの認証情報では許可されていません。プロファイルのスコープを Developer Console のプロジェクトと照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired. Sign in again, or paste a new access token.</source>
        <translation>アクセストークンが無効か、有効期限が切れています。もう一度サインインするか、新しいアクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The API key (the client ID) is missing or not valid. Check the client ID in the profile.</source>
        <translation>API キー（クライアント ID）がないか、無効です。プロファイルのクライアント ID を確認してください。</translation>
    </message>
    <message>
        <source>A required header is missing. Check that the organization ID, sandbox and client ID are filled in the profile.</source>
        <translation>必須のヘッダーがありません。プロファイルに組織 ID、サンドボックス、クライアント ID が入力されているか確認してください。</translation>
    </message>
    <message>
        <source>The credential has no access to this organization. Check the organization ID (…@AdobeOrg) in the profile.</source>
        <translation>この認証情報にはこの組織へのアクセス権がありません。プロファイルの組織 ID（…@AdobeOrg）を確認してください。</translation>
    </message>
    <message>
        <source>The sandbox name is missing. Enter the sandbox (for example “prod”) in the profile.</source>
        <translation>サンドボックス名がありません。プロファイルにサンドボックス（例：「prod」）を入力してください。</translation>
    </message>
    <message>
        <source>This sandbox does not exist in the organization. Check the sandbox name in the profile.</source>
        <translation>このサンドボックスは組織内に存在しません。プロファイルのサンドボックス名を確認してください。</translation>
    </message>
    <message>
        <source>The authentication type does not match the source: Platform does not know this auth spec name for the chosen connection spec. Refresh the source list and choose the source again.</source>
        <translation>認証の種類がソースと一致しません。選択した接続仕様（connection spec）について、Platform はこの認証仕様（auth spec）名を認識していません。ソースの一覧を更新し、ソースを選び直してください。</translation>
    </message>
    <message>
        <source>Platform does not know this source (connection spec). Refresh the source list.</source>
        <translation>Platform はこのソース（接続仕様）を認識していません。ソースの一覧を更新してください。</translation>
    </message>
    <message>
        <source>Platform rejected a value in the request. Correct the field it names and try again.</source>
        <translation>Platform がリクエスト内の値を拒否しました。示されたフィールドを修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The update was refused because it did not say which version of the connection it changes. Reload the connection and try again.</source>
        <translation>変更対象の接続のバージョンが示されていなかったため、更新は拒否されました。接続を再読み込みして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection was changed elsewhere since Inlet loaded it. Reload it and apply the change again.</source>
        <translation>Inlet が読み込んだ後に、接続が別の場所で変更されました。再読み込みしてから、もう一度変更を適用してください。</translation>
    </message>
    <message>
        <source>The connection cannot be deleted while dataflows use it. Delete those dataflows first.</source>
        <translation>データフローが使用している間は接続を削除できません。先にそのデータフローを削除してください。</translation>
    </message>
    <message>
        <source>You do not have permission for this in this organization or sandbox. Ask your Platform administrator for access to Sources in this sandbox.</source>
        <translation>この組織またはサンドボックスでは、この操作の権限がありません。Platform の管理者に、このサンドボックスのソースへのアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>Platform could not find it; it may have been deleted. Check the ID, organization and sandbox.</source>
        <translation>Platform で見つかりませんでした。削除された可能性があります。ID、組織、サンドボックスを確認してください。</translation>
    </message>
    <message>
        <source>Platform is receiving too many requests. Wait a minute and try again.</source>
        <translation>Platform へのリクエストが多すぎます。1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Platform has a temporary problem (HTTP %1). Try again in a few minutes.</source>
        <translation>Platform で一時的な問題が発生しています（HTTP %1）。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1), which Inlet does not follow. Check the base URLs in the profile.</source>
        <translation>サーバーがリダイレクト（HTTP %1）で応答しましたが、Inlet はリダイレクトをたどりません。プロファイルのベース URL を確認してください。</translation>
    </message>
    <message>
        <source>Platform rejected the request (HTTP %1).</source>
        <translation>Platform がリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network and proxy settings, then try again.</source>
        <translation>サーバーとの接続が切断されました。ネットワークとプロキシの設定を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the host name in the profile and your proxy settings.</source>
        <translation>サーバー名が見つかりませんでした。プロファイルのホスト名とプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port in the profile and your proxy settings.</source>
        <translation>サーバーが接続を拒否しました。プロファイルのアドレスとポート、プロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network or proxy, or raise the timeout in the settings, then try again.</source>
        <translation>サーバーが時間内に応答しませんでした。ネットワークやプロキシを確認するか、設定でタイムアウトを延ばしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server&apos;s certificate was not accepted. Check this computer&apos;s date and time and any proxy that inspects TLS.</source>
        <translation>安全な接続を確立できませんでした。サーバーの証明書が受け入れられませんでした。このコンピューターの日付と時刻、および TLS を検査するプロキシを確認してください。</translation>
    </message>
    <message>
        <source>Platform says: “%1”</source>
        <translation>Platform からのメッセージ：「%1」</translation>
    </message>
    <message>
        <source>Platform sent an answer Inlet cannot read. Try again; if it keeps happening, a proxy may be changing the responses.</source>
        <translation>Platform から Inlet が読み取れない応答が返されました。もう一度お試しください。繰り返し発生する場合は、プロキシが応答を書き換えている可能性があります。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than Inlet accepts (16 MiB), so it was refused.</source>
        <translation>サーバーの応答が Inlet の受け付ける上限（16 MiB）を超えたため、拒否しました。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Inlet has no credential to sign in with. Enter the client secret, or paste an access token.</source>
        <translation>サインインに使う認証情報がありません。クライアントシークレットを入力するか、アクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Inlet only talks to Platform over HTTPS. Change the address to start with https:// (plain http is allowed only to this computer).</source>
        <translation>Inlet は HTTPS でのみ Platform と通信します。アドレスを https:// で始まるように変更してください（暗号化されない http は、このコンピューター宛てにのみ使えます）。</translation>
    </message>
    <message>
        <source>The request may have reached Platform before the connection failed.</source>
        <translation>接続が失敗する前に、リクエストが Platform に届いた可能性があります。</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス：%1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラーコード：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID：%1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>サーバーのメッセージ：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細：%1</translation>
    </message>
    <message>
        <source>Inlet could not save its settings: the folder is not writable or the disk is full. Free some space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Inlet は設定を保存できませんでした。フォルダーに書き込めないか、ディスクがいっぱいです。空き容量を確保するか、フォルダーの権限を修正してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Adobe IMS says: “%1”</source>
        <translation>Adobe IMS からのメッセージ：「%1」</translation>
    </message>
    <message>
        <source>The request may have reached Platform before it was cancelled.</source>
        <translation>キャンセルされる前に、リクエストが Platform に届いた可能性があります。</translation>
    </message>
    <message>
        <source>The secret was not sent: the Platform or IMS address differs from the one it was saved for, and the new address was not confirmed.</source>
        <translation>シークレットは送信されませんでした。Platform または IMS のアドレスが保存時と異なり、新しいアドレスが確認されていません。</translation>
    </message>
    <message>
        <source>The updated source list could not be saved for the next start: the cache folder is not writable or the disk is full. Inlet uses the updated list until you close it.</source>
        <translation>更新したソース一覧を次回の起動用に保存できませんでした。キャッシュフォルダーに書き込めないか、ディスクがいっぱいです。Inlet を閉じるまでは更新後の一覧を使用します。</translation>
    </message>
</context>
<context>
    <name>Inlet::ExistingConnectionsPage</name>
    <message>
        <source>&lt;p&gt;These are the base connections of this source that already exist in the sandbox. Reusing one avoids a duplicate: select it and choose &lt;b&gt;Use the connection selected below&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Delete&lt;/b&gt; removes a connection from Platform. Platform refuses while dataflows still use it; delete those first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;このソースについて、サンドボックスに既にあるベース接続の一覧です。既存の接続を再利用すると重複を避けられます。接続を選択し、&lt;b&gt;下で選択した接続を使う&lt;/b&gt; を選んでください。&lt;/p&gt;&lt;p&gt;&lt;b&gt;削除&lt;/b&gt; は接続を Platform から削除します。データフローが使用している間は Platform が削除を拒否するため、先にデータフローを削除してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base connections of %1 in sandbox %2.</source>
        <translation>サンドボックス %2 にある %1 のベース接続です。</translation>
    </message>
    <message>
        <source>Looking for existing connections…</source>
        <translation>既存の接続を検索しています…</translation>
    </message>
    <message>
        <source>Existing connections could not be listed; you can still create a new one. %1</source>
        <translation>既存の接続を一覧表示できませんでしたが、新しい接続は作成できます。%1</translation>
    </message>
    <message>
        <source>This sandbox has no connection of this source yet.</source>
        <translation>このサンドボックスには、このソースの接続はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) found.</source>
        <translation>
            <numerusform>%n 件の接続が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>接続の削除</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; (%2) from Platform?

This cannot be undone. Platform refuses while dataflows still use the connection.</source>
        <translation>接続「%1」（%2）を Platform から削除しますか？

この操作は元に戻せません。データフローが接続を使用している間は、Platform が削除を拒否します。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>「%1」を削除しています…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted. %2</source>
        <translation>「%1」は削除されませんでした。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>Inlet::ExploreConnection</name>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>The Databricks cluster of this connection is not running, so Platform cannot look into it. Start the cluster in your Databricks workspace (Compute, then Start), wait until it shows Running, then choose Retry.</source>
        <translation>この接続の Databricks クラスターが実行されていないため、Platform は中を参照できません。Databricks ワークスペースでクラスターを起動し（Compute、Start）、Running と表示されるまで待ってから「再試行」を選んでください。</translation>
    </message>
    <message>
        <source>Platform did not answer in time. Large folders and busy databases can be slow: choose Retry, or raise the timeout in Inlet&apos;s settings.</source>
        <translation>Platform が時間内に応答しませんでした。大きなフォルダーや負荷の高いデータベースでは時間がかかることがあります。「再試行」を選ぶか、Inlet の設定でタイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>Platform may not read this with the connection&apos;s credentials. Ask the source&apos;s administrator to grant the connection&apos;s account read access, or choose another object.</source>
        <translation>この接続の資格情報では Platform はこれを読み取れません。ソースの管理者に接続のアカウントへ読み取りアクセスを付与してもらうか、別のオブジェクトを選んでください。</translation>
    </message>
    <message>
        <source>The source no longer has this object. Choose Retry on the level above to read it again.</source>
        <translation>ソースにこのオブジェクトはもうありません。上の階層で「再試行」を選んで読み直してください。</translation>
    </message>
    <message>
        <source>Platform says: “%1”</source>
        <translation>Platform のメッセージ：「%1」</translation>
    </message>
</context>
<context>
    <name>Inlet::ExplorePage</name>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>プレビュー行</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Delimited</source>
        <translation>区切り形式</translation>
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
        <translation>カンマ (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>セミコロン (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>パイプ (|)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Here you check that the connection reaches the right data before a dataflow reads it. Open a folder or schema to load what it holds; type in &lt;b&gt;Filter&lt;/b&gt; to find an item among those loaded. Choosing a table shows its columns (the type in the source and the XDM type Platform maps it to) and up to 100 of its rows.&lt;/p&gt;&lt;p&gt;For a file, Platform first detects its format; if the preview looks wrong (one column holding whole lines, say), choose the file type, delimiter and compression and &lt;b&gt;Read file&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;If something cannot be read, the reason and what to do are shown below; &lt;b&gt;Retry&lt;/b&gt; asks again for just that level or object. A Databricks cluster must be running to be explored. Long values are shortened in the grid: hover over a cell to see all of it, or select cells and copy them (Ctrl+C).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Finish&lt;/b&gt; closes Inlet; the connection stays in Platform either way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ここでは、データフローが読み取る前に、接続が正しいデータに届くかを確認します。フォルダーやスキーマを開くと中身を読み込みます。&lt;b&gt;フィルター&lt;/b&gt;に入力すると、読み込み済みの項目から探せます。テーブルを選ぶと、その列（ソースでの型と Platform が対応付ける XDM の型）と最大 100 行を表示します。&lt;/p&gt;&lt;p&gt;ファイルの場合、Platform がまず形式を検出します。プレビューがおかしい場合（たとえば 1 列に行全体が入っている）は、ファイルの種類、区切り文字、圧縮を選んで&lt;b&gt;ファイルを読み込む&lt;/b&gt;を押してください。&lt;/p&gt;&lt;p&gt;読み取れないものがあると、その理由と対処が下に表示されます。&lt;b&gt;再試行&lt;/b&gt;はその階層またはオブジェクトだけを再度問い合わせます。Databricks クラスターは実行中でなければ参照できません。長い値はグリッドでは短縮されます。セルにポインターを合わせると全体が見え、セルを選んでコピー（Ctrl+C）することもできます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;完了&lt;/b&gt;で Inlet を閉じます。どちらの場合も接続は Platform に残ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select data</source>
        <translation>データの選択</translation>
    </message>
    <message>
        <source>There is no connection to explore yet. Go back and create one.</source>
        <translation>参照する接続がまだありません。戻って作成してください。</translation>
    </message>
    <message>
        <source>The tables and files %1 can read through this connection. Choose one to see its schema and rows, or Finish.</source>
        <translation>%1 がこの接続で読み取れるテーブルとファイルです。選ぶとスキーマと行が表示されます。終える場合は「完了」を押してください。</translation>
    </message>
    <message>
        <source>Asking Platform what the source holds…</source>
        <translation>ソースの内容を Platform に問い合わせています…</translation>
    </message>
    <message>
        <source>Stopped. Choose Retry to ask again.</source>
        <translation>停止しました。もう一度問い合わせるには「再試行」を選んでください。</translation>
    </message>
    <message>
        <source>The source holds no tables or files that Platform can see.</source>
        <translation>ソースには Platform から見えるテーブルやファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) at the top level.</source>
        <translation>
            <numerusform>最上位に %n 個の項目があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>Reading the schema and rows of %1…</source>
        <translation>%1 のスキーマと行を読み込んでいます…</translation>
    </message>
    <message>
        <source>Platform can neither read the schema of %1 nor preview it. Choose another table or file, or check in the source that this object holds data Platform supports.</source>
        <translation>Platform は %1 のスキーマを読み取ることもプレビューすることもできません。別のテーブルかファイルを選ぶか、このオブジェクトに Platform が扱えるデータがあるかソース側で確認してください。</translation>
    </message>
    <message>
        <source>Platform cannot preview %1, so only its schema is shown. A dataflow can still read it.</source>
        <translation>Platform は %1 をプレビューできないため、スキーマだけを表示しています。データフローでは読み取れます。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s)</source>
        <translation>
            <numerusform>%1：%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) previewed.</source>
        <translation>
            <numerusform>%n 行をプレビューしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::ExploreTreeModel</name>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1（読み込み中…）</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
</context>
<context>
    <name>Inlet::FieldPickerDelegate</name>
    <message>
        <source>Schema field for %1</source>
        <translation>%1 のスキーマフィールド</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>（マッピングなし）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Inlet::FileSecretEditor</name>
    <message>
        <source>Load from file…</source>
        <translation>ファイルから読み込む…</translation>
    </message>
    <message>
        <source>Paste the key or load its file</source>
        <translation>キーを貼り付けるか、ファイルを読み込んでください</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>入力した内容の表示／非表示を切り替えます</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation>%1 をファイルから読み込む</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Inlet::FlowServiceJson</name>
    <message>
        <source>The response is not valid JSON: %1 at offset %2.</source>
        <translation>応答が有効な JSON ではありません：位置 %2 で %1。</translation>
    </message>
    <message>
        <source>The response has no connection id.</source>
        <translation>応答に接続 ID がありません。</translation>
    </message>
    <message>
        <source>The response has no &quot;items&quot; array.</source>
        <translation>応答に「items」配列がありません。</translation>
    </message>
    <message>
        <source>The explore response is neither a list nor has &quot;items&quot;.</source>
        <translation>参照（explore）の応答がリストでなく、「items」もありません。</translation>
    </message>
    <message>
        <source>The landing-zone response lacks containerName, SASToken or storageAccountName.</source>
        <translation>ランディングゾーンの応答に containerName、SASToken、storageAccountName のいずれかがありません。</translation>
    </message>
    <message>
        <source>The response is not valid JSON: %1.</source>
        <translation>応答が有効な JSON ではありません：%1。</translation>
    </message>
    <message>
        <source>The explore response is not an object.</source>
        <translation>explore の応答がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The explore response has neither a schema nor properties.</source>
        <translation>explore の応答にスキーマもプロパティもありません。</translation>
    </message>
</context>
<context>
    <name>Inlet::FormModel</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 は必須です</translation>
    </message>
    <message>
        <source>%1 must be a whole number between %2 and %3</source>
        <translation>%1 は %2 から %3 までの整数である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a number between %2 and %3</source>
        <translation>%1 は %2 から %3 までの数値である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2</source>
        <translation>%1 は %2 以上の整数である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a number of at least %2</source>
        <translation>%1 は %2 以上の数値である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at most %2</source>
        <translation>%1 は %2 以下の整数である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a number of at most %2</source>
        <translation>%1 は %2 以下の数値である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 は整数である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 は数値である必要があります</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 は true か false である必要があります</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 は次のいずれかである必要があります：%2</translation>
    </message>
    <message>
        <source>%1 contains a control character (such as NUL); remove it or type the value again</source>
        <translation>%1 に制御文字（NUL など）が含まれています。削除するか、値を入力し直してください</translation>
    </message>
    <message>
        <source>%1 must be on one line; remove the line breaks and tabs</source>
        <translation>%1 は 1 行で入力してください。改行とタブを削除してください</translation>
    </message>
    <message>
        <source>%1 contains invisible text-direction characters (such as U+202E) that can disguise it; type the value again</source>
        <translation>%1 に、値を偽装できる不可視の文字方向制御文字（U+202E など）が含まれています。値を入力し直してください</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (such as a zero-width space); type the value again</source>
        <translation>%1 に不可視の文字（ゼロ幅スペースなど）が含まれています。値を入力し直してください</translation>
    </message>
    <message>
        <source>%1 contains characters that could not be read (a damaged paste); paste or type it again</source>
        <translation>%1 に読み取れない文字が含まれています（貼り付け時の破損）。もう一度貼り付けるか、入力し直してください</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; enter them in their own fields</source>
        <translation>%1 にユーザー名やパスワードを含めないでください。それぞれ専用のフィールドに入力してください</translation>
    </message>
    <message>
        <source>%1 must be at most 1 character long</source>
        <translation>%1 は 1 文字以内で入力してください</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 は %2 文字以内で入力してください</translation>
    </message>
    <message>
        <source>%1 must be at least 1 character long</source>
        <translation>%1 は 1 文字以上で入力してください</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long</source>
        <translation>%1 は %2 文字以上で入力してください</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 は次の条件を満たす必要があります：%2</translation>
    </message>
    <message>
        <source>%1 does not have the expected format, for example %2</source>
        <translation>%1 の形式が正しくありません（例：%2）</translation>
    </message>
    <message>
        <source>%1 does not have the expected format</source>
        <translation>%1 の形式が正しくありません</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, where at most %3 are allowed</source>
        <translation>%1 が長すぎます。%2 文字ありますが、最大 %3 文字までです</translation>
    </message>
    <message>
        <source>The file for %1 is too large: %2 bytes, where at most %3 are allowed</source>
        <translation>%1 のファイルが大きすぎます: %2 バイト（上限 %3 バイト）</translation>
    </message>
    <message>
        <source>The file for %1 is empty</source>
        <translation>%1 のファイルは空です</translation>
    </message>
    <message>
        <source>The file for %1 is not a JSON key file; choose the key file you downloaded</source>
        <translation>%1 のファイルは JSON キーファイルではありません。ダウンロードしたキーファイルを選んでください</translation>
    </message>
    <message>
        <source>The file for %1 is not text; choose the key file itself</source>
        <translation>%1 のファイルはテキストではありません。キーファイルそのものを選んでください</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://</source>
        <translation>%1 は https:// で始まるウェブアドレスにしてください</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with https://, for example %2</source>
        <translation>%1 は https:// で始まるウェブアドレスにしてください（例: %2）</translation>
    </message>
</context>
<context>
    <name>Inlet::HttpExchange</name>
    <message>
        <source>More than %1 bytes.</source>
        <translation>%1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2 bytes.</source>
        <translation>%2 バイト中 %1 バイトを受信した時点で接続が閉じられました。</translation>
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
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Adobe&apos;s documentation for %2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%2 に関する Adobe のドキュメント&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings could not be read</source>
        <translation>設定を読み取れませんでした</translation>
    </message>
    <message>
        <source>Inlet could not read its settings file. It moved the file to %1 and kept the profiles it could still read. Check your profile before you sign in.</source>
        <translation>Inlet は設定ファイルを読み取れませんでした。ファイルを %1 に移動し、まだ読み取れたプロファイルは残しました。サインインする前にプロファイルを確認してください。</translation>
    </message>
    <message>
        <source>Source list not saved</source>
        <translation>ソース一覧は保存されていません</translation>
    </message>
    <message>
        <source>Discard This Connection?</source>
        <translation>この接続を破棄しますか?</translation>
    </message>
    <message>
        <source>The connection you are setting up is not created yet. Close Inlet and discard what you typed?</source>
        <translation>設定中の接続はまだ作成されていません。Inlet を閉じて入力内容を破棄しますか?</translation>
    </message>
    <message>
        <source>Discard and Close</source>
        <translation>破棄して閉じる</translation>
    </message>
    <message>
        <source>Spark config line</source>
        <translation>Spark 構成の行</translation>
    </message>
    <message>
        <source>This dataflow&apos;s connection was not set up in this window. Start Inlet, sign in, choose Databricks and go on to the Databricks page: it shows the current landing-zone line to paste into the cluster&apos;s Spark config.</source>
        <translation>このデータフローの接続は、このウィンドウで設定されたものではありません。Inlet を起動してサインインし、Databricks を選んで Databricks のページまで進んでください。クラスターの Spark 構成に貼り付ける、現在のランディングゾーンの行が表示されます。</translation>
    </message>
    <message>
        <source>Inlet is still working on the dataflow &quot;%1&quot; on Platform. Stop, and keep what exists so far with the setup saved to finish later (sign in with the profile &quot;%2&quot; to resume), delete it, or go back?</source>
        <translation>Inlet は Platform 上でデータフロー「%1」の処理をまだ続けています。停止して、これまでに存在するものを保持し、後で完了できるよう設定を保存しますか（再開するにはプロファイル「%2」でサインインします）？ それとも削除するか、戻りますか？</translation>
    </message>
    <message>
        <source>The dataflow &quot;%1&quot; is not finished, and what was made for it stays on Platform unless you delete it.</source>
        <translation>データフロー「%1」は完了していません。このために作成したものは、削除しない限り Platform に残ります。</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created.</source>
        <translation>%1 が作成されたかどうかは分かりません。</translation>
    </message>
    <message>
        <source>Keep it and save the setup to finish later (sign in with the profile &quot;%1&quot; to resume), delete it, or go back?</source>
        <translation>保持して後で完了できるよう設定を保存しますか（再開するにはプロファイル「%1」でサインインします）？ それとも削除するか、戻りますか？</translation>
    </message>
    <message>
        <source>Close Before the Dataflow Is Finished?</source>
        <translation>データフローの完了前に閉じますか?</translation>
    </message>
    <message>
        <source>&amp;Keep and Finish Later</source>
        <translation>保持して後で完了(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete and Close</source>
        <translation>削除して閉じる(&amp;D)</translation>
    </message>
    <message>
        <source>Go &amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
</context>
<context>
    <name>Inlet::IntegerEditor</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>例：%1</translation>
    </message>
</context>
<context>
    <name>Inlet::JsonText</name>
    <message>
        <source>the number %1 is out of range</source>
        <translation>数値 %1 が範囲外です</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>it contains a NUL byte</source>
        <translation>NUL バイトが含まれています</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZoneAccess</name>
    <message>
        <source>Inlet could not find out whether the credentials were refreshed. The next refresh first checks which credentials are current, so it never revokes twice.</source>
        <translation>認証情報が更新されたかどうかを Inlet は確認できませんでした。次回の更新では、まず現在の認証情報を確認するため、二重に失効させることはありません。</translation>
    </message>
    <message>
        <source>The credentials were not refreshed; the current line still works.</source>
        <translation>認証情報は更新されていません。現在の行は引き続き使えます。</translation>
    </message>
    <message>
        <source>The credentials were not refreshed; the current line still works. It is safe to try again.</source>
        <translation>認証情報は更新されていません。現在の行は引き続き使えます。安全に再試行できます。</translation>
    </message>
</context>
<context>
    <name>Inlet::LandingZonePage</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n minute(s).</source>
        <translation>
            <numerusform>コピーしました。クリップボードは %n 分後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Platform stages Databricks data in an Azure Blob Storage container of its own. Your cluster reaches it with a shared access signature (SAS) token given in the cluster&apos;s Spark config.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Copy the line.&lt;/li&gt;&lt;li&gt;In Databricks, open the cluster, choose &lt;b&gt;Edit&lt;/b&gt; › &lt;b&gt;Advanced options&lt;/b&gt; › &lt;b&gt;Spark&lt;/b&gt;, paste the line into &lt;b&gt;Spark config&lt;/b&gt; and confirm.&lt;/li&gt;&lt;li&gt;Tick the box on this page and continue.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The token expires on the date shown. &lt;b&gt;Refresh credentials&lt;/b&gt; issues a new token and revokes the current one at once, so every cluster using the old line must be updated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Platform は Databricks のデータを専用の Azure Blob Storage コンテナーに一時保存します。クラスターは、クラスターの Spark 構成に指定した Shared Access Signature（SAS）トークンを使ってこのコンテナーにアクセスします。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;行をコピーします。&lt;/li&gt;&lt;li&gt;Databricks でクラスターを開き、&lt;b&gt;Edit&lt;/b&gt; › &lt;b&gt;Advanced options&lt;/b&gt; › &lt;b&gt;Spark&lt;/b&gt; を選んで、&lt;b&gt;Spark config&lt;/b&gt; に行を貼り付けて確定します。&lt;/li&gt;&lt;li&gt;このページのチェックボックスをオンにして続行します。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;トークンは表示された日付に失効します。&lt;b&gt;認証情報を更新&lt;/b&gt; すると新しいトークンが発行され、現在のトークンはすぐに無効になります。古い行を使っているクラスターはすべて更新する必要があります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refreshing the landing-zone credentials…</source>
        <translation>ランディングゾーンの認証情報を更新しています…</translation>
    </message>
    <message>
        <source>Fetching the landing-zone credentials…</source>
        <translation>ランディングゾーンの認証情報を取得しています…</translation>
    </message>
    <message>
        <source>The landing-zone credentials could not be fetched.</source>
        <translation>ランディングゾーンの認証情報を取得できませんでした。</translation>
    </message>
    <message>
        <source>Platform did not say when this token expires.</source>
        <translation>このトークンの有効期限は Platform から示されませんでした。</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>トークンの有効期限は %1 です。</translation>
    </message>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s). Refresh it soon and update the cluster.</source>
        <translation>
            <numerusform>トークンは %1（あと %n 日）に失効します。早めに更新して、クラスターも更新してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token expired on %1. Refresh the credentials, then update the cluster.</source>
        <translation>トークンは %1 に失効しました。認証情報を更新してから、クラスターを更新してください。</translation>
    </message>
    <message>
        <source>Refresh credentials</source>
        <translation>認証情報の更新</translation>
    </message>
    <message>
        <source>Refreshing issues a new SAS token and revokes the current one at once.

Every Databricks cluster that uses the current line loses access to Platform&apos;s staging storage, and its dataflows fail, until you paste the new line into its Spark config.</source>
        <translation>更新すると新しい SAS トークンが発行され、現在のトークンはすぐに無効になります。

現在の行を使っている Databricks クラスターは、新しい行を Spark 構成に貼り付けるまで Platform のステージングストレージにアクセスできなくなり、そのデータフローは失敗します。</translation>
    </message>
    <message>
        <source>&amp;Refresh and revoke the old token</source>
        <translation>更新して古いトークンを無効にする(&amp;R)</translation>
    </message>
    <message>
        <source>The refresh went through, though its answer was lost on the way.</source>
        <translation>応答は途中で失われましたが、更新は完了しています。</translation>
    </message>
    <message>
        <source>New credentials issued; the previous token no longer works.</source>
        <translation>新しい認証情報が発行されました。以前のトークンは使えなくなりました。</translation>
    </message>
    <message>
        <source>The old line was removed from the clipboard.</source>
        <translation>古い行をクリップボードから削除しました。</translation>
    </message>
    <message>
        <source>Copy the new line and replace the one in your cluster&apos;s Spark config.</source>
        <translation>新しい行をコピーし、クラスターの Spark 構成にある行と置き換えてください。</translation>
    </message>
</context>
<context>
    <name>Inlet::MappingPage</name>
    <message>
        <source>&lt;p&gt;Each row is a column of the source and the schema field it fills. Inlet matches columns to fields by name (ignoring case, spaces, &lt;code&gt;_&lt;/code&gt; and &lt;code&gt;-&lt;/code&gt;) and by type; check each match. To change one, double-click its field (or select it and press F2) and choose another field, or &lt;i&gt;(not mapped)&lt;/i&gt; to leave the column out. Rows such as &lt;code&gt;uuid()&lt;/code&gt; are generated values, for example the unique ID every event needs.&lt;/p&gt;&lt;p&gt;Below the table, Inlet lists what Platform would refuse: required fields and the identity that no column fills, and columns whose type the field cannot take. Columns left unmapped are listed too; their values are not ingested.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check with Platform&lt;/b&gt; asks Data Prep to validate the mapping; &lt;b&gt;Next&lt;/b&gt; does the same before going on. Rules Data Prep refuses are marked in the &lt;b&gt;Check&lt;/b&gt; column with its reason. &lt;b&gt;Reset to suggestions&lt;/b&gt; discards your changes and matches by name again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;各行は、ソースの列と、その列が埋めるスキーマのフィールドです。Inlet は列とフィールドを名前（大文字と小文字、スペース、&lt;code&gt;_&lt;/code&gt;、&lt;code&gt;-&lt;/code&gt; の違いは無視）と型で対応付けます。各対応を確認してください。変更するには、フィールドをダブルクリック（または選択して F2 キーを押す）して別のフィールドを選ぶか、列を除外する場合は &lt;i&gt;（マッピングなし）&lt;/i&gt; を選びます。&lt;code&gt;uuid()&lt;/code&gt; のような行は生成される値で、たとえばすべてのイベントに必要な一意の ID です。&lt;/p&gt;&lt;p&gt;表の下には、Platform が拒否する内容が一覧表示されます。どの列でも埋められていない必須フィールドと ID、フィールドが受け付けられない型の列です。マッピングされていない列も一覧表示されます。その値は取り込まれません。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Platform で確認&lt;/b&gt; は Data Prep にマッピングの検証を依頼します。&lt;b&gt;次へ&lt;/b&gt; も進む前に同じ確認を行います。Data Prep が拒否したルールは、&lt;b&gt;確認&lt;/b&gt; 列に理由とともに示されます。&lt;b&gt;候補に戻す&lt;/b&gt; は変更を破棄し、名前で改めて対応付けます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>列のマッピング</translation>
    </message>
    <message>
        <source>Choose a table or file and a target dataset first: go back.</source>
        <translation>先にテーブルまたはファイルとターゲットデータセットを選んでください。前のページに戻ってください。</translation>
    </message>
    <message>
        <source>The field of the schema “%1” each column of %2 fills. Choose a field to change it.</source>
        <translation>%2 の各列が埋める、スキーマ「%1」のフィールドです。変更するにはフィールドを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) matched to a field by name and type. Check each match and change what is wrong.</source>
        <translation>
            <numerusform>%n 列を名前と型でフィールドに対応付けました。各対応を確認し、誤りがあれば変更してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is mapped. Choose a field for at least one column.</source>
        <translation>マッピングされている列がありません。少なくとも 1 つの列にフィールドを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>The schema requires %n field(s) no column fills: %1. Choose a column for each.</source>
        <translation>
            <numerusform>スキーマで必須のフィールドのうち %n 個がどの列でも埋められていません：%1。それぞれに列を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity of each record is not filled: %1. Map the column that identifies a record to it.</source>
        <translation>各レコードの ID が埋められていません：%1。レコードを識別する列をマッピングしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) go to a field of a type they cannot be converted to (see the Check column). Choose another field, or (not mapped).</source>
        <translation>
            <numerusform>%n 列が、変換できない型のフィールドに割り当てられています（「確認」列を参照）。別のフィールドか（マッピングなし）を選んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not mapped, so not ingested: %1.</source>
        <translation>
            <numerusform>%n 列がマッピングされていないため、取り込まれません：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Map at least one column before checking the mapping.</source>
        <translation>マッピングを確認する前に、少なくとも 1 つの列をマッピングしてください。</translation>
    </message>
    <message>
        <source>Platform&apos;s Data Prep is checking the mapping…</source>
        <translation>Platform の Data Prep がマッピングを確認しています…</translation>
    </message>
    <message>
        <source>Stopped. Choose Check with Platform or Next to check again.</source>
        <translation>停止しました。もう一度確認するには「Platform で確認」か「次へ」を選んでください。</translation>
    </message>
    <message>
        <source>The mapping could not be checked with Platform. %1 Your mapping is kept: choose Check with Platform or Next to try again.</source>
        <translation>マッピングを Platform で確認できませんでした。%1 マッピングは保持されています。もう一度試すには「Platform で確認」か「次へ」を選んでください。</translation>
    </message>
    <message>
        <source>The mapping changed while Platform checked it. Choose Check with Platform or Next to check it again.</source>
        <translation>Platform の確認中にマッピングが変更されました。もう一度確認するには「Platform で確認」か「次へ」を選んでください。</translation>
    </message>
    <message>
        <source>Platform accepts this mapping.</source>
        <translation>Platform はこのマッピングを受け付けました。</translation>
    </message>
    <message numerus="yes">
        <source>Platform refuses %n rule(s) of this mapping. Choose another field for each marked row, then check again.</source>
        <translation>
            <numerusform>Platform はこのマッピングのルールのうち %n 件を拒否しました。マークされた各行で別のフィールドを選び、もう一度確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The preview could not be made. %1</source>
        <translation>プレビューを作成できませんでした。%1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>行 %1：%2</translation>
    </message>
</context>
<context>
    <name>Inlet::MappingTableModel</name>
    <message>
        <source>Not a field of this schema</source>
        <translation>このスキーマのフィールドではありません</translation>
    </message>
    <message>
        <source>A %1 column cannot fill a %2 field</source>
        <translation>%1 型の列では %2 型のフィールドを埋められません</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>式</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>定数</translation>
    </message>
    <message>
        <source>column path</source>
        <translation>列パス</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>（マッピングなし）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>ソースでの型</translation>
    </message>
    <message>
        <source>Schema field</source>
        <translation>スキーマのフィールド</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>フィールドの型</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>Inlet::NumberEditor</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>Inlet::PreviewTableModel</name>
    <message>
        <source>%1: %2 in the source, %3 in XDM</source>
        <translation>%1：ソースでは %2、XDM では %3</translation>
    </message>
</context>
<context>
    <name>Inlet::ResultPage</name>
    <message>
        <source>Edit cr&amp;edentials</source>
        <translation>認証情報を編集(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inlet sends the request and shows the new connection&apos;s ID, which the next steps in Platform (dataflows, exploring data) ask for. &lt;b&gt;Test connection&lt;/b&gt; asks Platform to list the source&apos;s top-level tables or folders with these credentials.&lt;/p&gt;&lt;p&gt;If creating fails, the reason is shown here; &lt;b&gt;Details&lt;/b&gt; has the HTTP status, error code and request ID for Adobe support. &lt;b&gt;Try again&lt;/b&gt; first checks whether the connection was created anyway, so it never makes a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inlet はリクエストを送信し、新しい接続の ID を表示します。この ID は Platform での次の手順（データフロー、データの参照）で必要になります。&lt;b&gt;接続をテスト&lt;/b&gt; は、この認証情報でソースの最上位のテーブルまたはフォルダーを一覧表示するよう Platform に依頼します。&lt;/p&gt;&lt;p&gt;作成に失敗した場合は、ここに理由が表示されます。&lt;b&gt;詳細&lt;/b&gt; には、Adobe サポート向けの HTTP ステータス、エラーコード、リクエスト ID が表示されます。&lt;b&gt;再試行&lt;/b&gt; は、まず接続が実際には作成されていないかを確認するため、重複して作成することはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Existing connection</source>
        <translation>既存の接続</translation>
    </message>
    <message>
        <source>This connection already exists in the sandbox; test it or copy its ID.</source>
        <translation>この接続はサンドボックスに既にあります。テストするか、ID をコピーしてください。</translation>
    </message>
    <message>
        <source>Using the existing connection &quot;%1&quot;.</source>
        <translation>既存の接続「%1」を使用します。</translation>
    </message>
    <message>
        <source>Inlet sends the request to Platform, then you can test the new connection.</source>
        <translation>Inlet が Platform にリクエストを送信します。その後、新しい接続をテストできます。</translation>
    </message>
    <message>
        <source>Creating &quot;%1&quot;…</source>
        <translation>「%1」を作成しています…</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; was created.</source>
        <translation>接続「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Checking whether &quot;%1&quot; was created meanwhile…</source>
        <translation>「%1」がその間に作成されたかを確認しています…</translation>
    </message>
    <message>
        <source>Inlet could not check whether the connection exists, so it did not send it again. %1</source>
        <translation>接続が存在するかを確認できなかったため、再送信しませんでした。%1</translation>
    </message>
    <message>
        <source>The credentials could not be saved in the keychain: %1</source>
        <translation>認証情報をキーチェーンに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Asking Platform to look into the source…</source>
        <translation>ソースの内容を確認するよう Platform に依頼しています…</translation>
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation>テストに失敗しました。%1</translation>
    </message>
    <message>
        <source>The connection works; the source has no tables or folders yet.</source>
        <translation>接続は正常です。ソースにはまだテーブルもフォルダーもありません。</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found.</source>
        <translation>
            <numerusform>接続は正常です。%n 件の項目が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n item(s) found; the first %1 are shown.</source>
        <translation>
            <numerusform>接続は正常です。%n 件の項目が見つかりました。最初の %1 件を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select d&amp;ata &gt;</source>
        <translation>データを選択(&amp;A) &gt;</translation>
    </message>
</context>
<context>
    <name>Inlet::ResumeOffer</name>
    <message>
        <source>Finish the dataflow &quot;%1&quot; saved %2?</source>
        <translation>%2 に保存したデータフロー「%1」を完了しますか？</translation>
    </message>
    <message>
        <source>These objects exist for it on Platform:</source>
        <translation>このデータフローのために、次のオブジェクトが Platform に存在します：</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created; Continue on the Create page finds out before it creates anything.</source>
        <translation>%1 が作成されたかどうかは分かりません。「データフローの作成」ページの「続行」で、何かを作成する前に確認します。</translation>
    </message>
    <message>
        <source>Resume shows it on the Create page, ready to continue. Later keeps it saved for your next sign-in. Discard forgets it.</source>
        <translation>「再開」でデータフローの作成ページに表示し、続行できる状態にします。「後で」は次回のサインインまで保存したままにします。「破棄」は保存内容を破棄します。</translation>
    </message>
    <message>
        <source>Finish the Saved Dataflow?</source>
        <translation>保存したデータフローを完了しますか?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Discard the saved dataflow &quot;%1&quot;?</source>
        <translation>保存したデータフロー「%1」を破棄しますか？</translation>
    </message>
    <message>
        <source>Delete what it created on Platform too, or keep it there and only forget the saved setup:</source>
        <translation>Platform 上に作成したものも削除するか、そのまま残して保存した設定だけを破棄するかを選んでください：</translation>
    </message>
    <message>
        <source>&amp;Delete Them</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>The mapping set &quot;%1&quot; (%2) stays: Platform cannot delete mapping sets, and one that no dataflow uses does nothing.</source>
        <translation>マッピングセット「%1」（%2）は残ります。Platform はマッピングセットを削除できませんが、どのデータフローにも使われていないマッピングセットは何の影響も及ぼしません。</translation>
    </message>
    <message>
        <source>It is not known whether %1 was created, so it cannot be deleted: Resume and Continue find out.</source>
        <translation>%1 が作成されたかどうか分からないため、削除できません。「再開」してから「続行」すると確認できます。</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>保持(&amp;K)</translation>
    </message>
    <message>
        <source>Discard the Saved Dataflow?</source>
        <translation>保存したデータフローを破棄しますか?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Saved Dataflow Not Discarded</source>
        <translation>保存したデータフローを破棄できませんでした</translation>
    </message>
    <message>
        <source>The saved dataflow could not be discarded. %1</source>
        <translation>保存したデータフローを破棄できませんでした。%1</translation>
    </message>
    <message>
        <source>Deleting what &quot;%1&quot; created…</source>
        <translation>「%1」が作成したものを削除しています…</translation>
    </message>
    <message>
        <source>Discard the Saved Dataflow</source>
        <translation>保存したデータフローの破棄</translation>
    </message>
    <message>
        <source>Deleting what &quot;%1&quot; created failed. %2 The saved dataflow stays, listing what is left; Next offers it again.</source>
        <translation>「%1」が作成したものを削除できませんでした。%2 保存したデータフローは、残っているものを記録したまま保持されます。「次へ」で再び提案されます。</translation>
    </message>
    <message>
        <source>The saved dataflow &quot;%1&quot; is discarded.</source>
        <translation>保存したデータフロー「%1」を破棄しました。</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>削除済み：</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>保持：</translation>
    </message>
    <message>
        <source>Saved Dataflow Discarded</source>
        <translation>保存したデータフローを破棄しました</translation>
    </message>
</context>
<context>
    <name>Inlet::RevealButton</name>
    <message>
        <source>Show or hide what you typed</source>
        <translation>入力した内容の表示／非表示を切り替えます</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
</context>
<context>
    <name>Inlet::ReviewPage</name>
    <message>
        <source>&amp;Create connection</source>
        <translation>接続を作成(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check the connection before it is created. Secret values are masked here and replaced by placeholders such as &lt;code&gt;{PASSWORD}&lt;/code&gt; in the curl command, which you can copy to run or document the same request yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create connection&lt;/b&gt; sends the request to Platform. You cannot go back past this page afterwards, so a second click cannot create a duplicate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;作成前に接続の内容を確認してください。シークレットの値はここでは伏せ字になり、curl コマンドでは &lt;code&gt;{PASSWORD}&lt;/code&gt; のようなプレースホルダーに置き換えられます。コマンドをコピーすれば、同じリクエストを自分で実行したり記録したりできます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;接続を作成&lt;/b&gt; を押すと Platform にリクエストを送信します。その後はこのページより前に戻れないため、2 回クリックしても重複して作成されることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Remember credentials</source>
        <translation>認証情報の保存</translation>
    </message>
    <message>
        <source>Yes, in the system keychain</source>
        <translation>はい、システムのキーチェーンに保存します</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Inlet::RunTableModel</name>
    <message>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>a duration</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Records read</source>
        <translation>読み取ったレコード</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>書き込んだレコード</translation>
    </message>
    <message>
        <source>Records failed</source>
        <translation>失敗したレコード</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a duration in seconds (a unit symbol: no plural)</comment>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>Inlet::RunsPage</name>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Show the Spark config line</source>
        <translation>Spark 構成の行を表示</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each run of the dataflow is listed here, newest first: its status, when it started, how long it took (or has taken so far), and how many records Platform read, wrote and could not ingest. Select a run to see its errors with their codes.&lt;/p&gt;&lt;p&gt;Inlet checks for news every few seconds while a run is queued or in progress, and less and less often once all runs have finished. &lt;b&gt;Refresh now&lt;/b&gt; checks at once. When a check fails, Inlet says why and tries again later, waiting longer each time.&lt;/p&gt;&lt;p&gt;A Databricks run that could not read the landing zone means the cluster&apos;s Spark config lacks the landing-zone line or holds a revoked token: &lt;b&gt;Show the Spark config line&lt;/b&gt; leads back to it. &lt;b&gt;Finish&lt;/b&gt; closes Inlet; the dataflow keeps running on its schedule.&lt;/p&gt;</source>
        <translation>&lt;p&gt;データフローの各実行が新しい順に表示されます。状態、開始日時、所要時間（実行中の場合はそれまでの時間）、Platform が読み取ったレコード数、書き込んだレコード数、取り込めなかったレコード数です。実行を選ぶと、エラーとそのコードが表示されます。&lt;/p&gt;&lt;p&gt;実行がキュー待ちまたは実行中の間は、Inlet は数秒ごとに更新を確認し、すべての実行が終わると確認の間隔を徐々に延ばします。&lt;b&gt;今すぐ更新&lt;/b&gt; はすぐに確認します。確認に失敗した場合は、Inlet がその理由を示し、待ち時間を毎回延ばしながら後で再試行します。&lt;/p&gt;&lt;p&gt;Databricks の実行がランディングゾーンを読み取れなかった場合は、クラスターの Spark 構成にランディングゾーンの行がないか、失効したトークンが残っています。&lt;b&gt;Spark 構成の行を表示&lt;/b&gt; でその行に戻れます。&lt;b&gt;完了&lt;/b&gt; で Inlet を閉じます。データフローはスケジュールどおりに実行され続けます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The dataflow&apos;s runs as Platform reports them, checked for news while this page is open.</source>
        <translation>Platform が報告するデータフローの実行です。このページを開いている間、更新を確認します。</translation>
    </message>
    <message>
        <source>No dataflow to watch yet: create one first.</source>
        <translation>監視するデータフローがまだありません。先に作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>Inlet could not check the runs. %1 It tries again in %n second(s).</source>
        <translation>
            <numerusform>Inlet は実行を確認できませんでした。%1 %n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>No run has started yet. Platform starts the first one at the scheduled time.</source>
        <translation>まだ実行は開始されていません。Platform はスケジュールされた時刻に最初の実行を開始します。</translation>
    </message>
    <message>
        <source>Checking for runs…</source>
        <translation>実行を確認しています…</translation>
    </message>
    <message>
        <source>Last updated at %1.</source>
        <translation>最終更新：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後に次の確認を行います。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inlet::SchedulePage</name>
    <message>
        <source>Once</source>
        <translation>1 回のみ</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Choose a date or timestamp column</source>
        <translation>日付またはタイムスタンプの列を選んでください</translation>
    </message>
    <message>
        <source>&lt;p&gt;Name the dataflow; the objects Inlet creates for it are named after it. Choose &lt;b&gt;Once&lt;/b&gt; to read the source a single time, or how often the dataflow runs: Platform runs it at most every 15 minutes, and every hour, day or week at most once per interval.&lt;/p&gt;&lt;p&gt;The start is in your local time; Platform receives it in UTC. With &lt;b&gt;backfill&lt;/b&gt;, the first run also reads what the source held before the start.&lt;/p&gt;&lt;p&gt;A scheduled table source needs a &lt;b&gt;delta column&lt;/b&gt;, a date or timestamp column that each run compares with its time window to read only new rows. A table without one can only be read once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Error diagnostics&lt;/b&gt; keep the reason each rejected record failed. With &lt;b&gt;partial ingestion&lt;/b&gt;, a run succeeds while the share of failed records stays at or below the threshold; without it, one failed record fails the run.&lt;/p&gt;&lt;p&gt;For Databricks, Inlet checks that the landing-zone token in your cluster&apos;s Spark config is still valid for the first runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;データフローに名前を付けてください。Inlet がデータフロー用に作成するオブジェクトには、この名前が付けられます。ソースを 1 回だけ読み取る場合は &lt;b&gt;1 回のみ&lt;/b&gt; を、そうでない場合はデータフローの実行頻度を選びます。Platform の実行間隔は最短 15 分で、時間、日、週単位の場合は各間隔で最大 1 回実行します。&lt;/p&gt;&lt;p&gt;開始日時は現地時間で指定し、Platform には UTC で送られます。&lt;b&gt;バックフィル&lt;/b&gt; をオンにすると、初回実行で開始日時より前にソースにあったデータも読み取ります。&lt;/p&gt;&lt;p&gt;スケジュール実行するテーブルソースには &lt;b&gt;デルタ列&lt;/b&gt; が必要です。これは日付またはタイムスタンプの列で、各実行がその時間枠と比較して新しい行だけを読み取ります。デルタ列のないテーブルは 1 回しか読み取れません。&lt;/p&gt;&lt;p&gt;&lt;b&gt;エラー診断&lt;/b&gt; を有効にすると、拒否された各レコードの失敗理由が保持されます。&lt;b&gt;部分取り込み&lt;/b&gt; を有効にすると、失敗したレコードの割合がしきい値以下であれば実行は成功します。無効の場合、1 件でもレコードが失敗すると実行が失敗します。&lt;/p&gt;&lt;p&gt;Databricks の場合、Inlet はクラスターの Spark 構成にあるランディングゾーンのトークンが最初の数回の実行まで有効かどうかを確認します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Give the dataflow a name.</source>
        <translation>データフローに名前を付けてください。</translation>
    </message>
    <message>
        <source>%1 has no date or timestamp column, so no run could tell its new rows from those already read: it can only be read once. Choose Once.</source>
        <translation>%1 には日付やタイムスタンプの列がないため、新しい行と読み取り済みの行を区別できず、1 回しか読み取れません。「1 回のみ」を選んでください。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>No date or timestamp column</source>
        <translation>日付やタイムスタンプの列なし</translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>the interval&apos;s unit, after the number</comment>
        <translation>
            <numerusform>週間</numerusform>
        </translation>
    </message>
    <message>
        <source>Local time (%1); %2 UTC</source>
        <translation>現地時間（%1）、UTC %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Inlet could not check when the landing-zone token expires. %1</source>
        <translation>ランディングゾーンのトークンの有効期限を確認できませんでした。%1</translation>
    </message>
</context>
<context>
    <name>Inlet::ScheduleRules</name>
    <message numerus="yes">
        <source>Platform runs a dataflow at most every %n minute(s); choose an interval of at least %n.</source>
        <translation>
            <numerusform>Platform がデータフローを実行できるのは最短で %n 分ごとです。%n 以上の間隔を選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose when the first run starts.</source>
        <translation>初回実行の開始日時を選んでください。</translation>
    </message>
    <message>
        <source>The start is more than one interval in the past and backfill is off, so the first runs would read nothing. Move the start, or turn backfill on.</source>
        <translation>開始日時が 1 間隔以上過去で、バックフィルがオフのため、最初の実行では何も読み取られません。開始日時を変更するか、バックフィルをオンにしてください。</translation>
    </message>
    <message>
        <source>A scheduled table source needs a delta column: the timestamp each run compares with its window to read only new rows.</source>
        <translation>スケジュール実行するテーブルソースにはデルタ列が必要です。各実行が時間枠と比較して新しい行だけを読み取るためのタイムスタンプです。</translation>
    </message>
    <message>
        <source>The partial-ingestion threshold is a percentage between 1 and 100.</source>
        <translation>部分取り込みのしきい値は 1～100 のパーセンテージで指定してください。</translation>
    </message>
</context>
<context>
    <name>Inlet::SchemaTableModel</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>ソースでの型</translation>
    </message>
    <message>
        <source>XDM type</source>
        <translation>XDM の型</translation>
    </message>
</context>
<context>
    <name>Inlet::SecretEditor</name>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
</context>
<context>
    <name>Inlet::SecretStore</name>
    <message>
        <source>No saved secret was found in the system keychain.</source>
        <translation>システムのキーチェーンに保存済みのシークレットが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No system keychain is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again; until then Inlet cannot remember secrets.</source>
        <translation>システムのキーチェーンを利用できません。GNOME Keyring や KWallet などの Secret Service プロバイダーをインストールして起動してから、もう一度お試しください。それまで Inlet はシークレットを保存できません。</translation>
    </message>
    <message numerus="yes">
        <source>This secret is too long to store in the system keychain (more than %n bytes).</source>
        <translation>
            <numerusform>このシークレットは長すぎるため、システムのキーチェーンに保存できません（%n バイト超）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it in the prompt it shows, or in your keyring manager (for example Passwords and Keys), then try again.</source>
        <translation>システムのキーチェーンがロックされています。表示される確認画面か、キーリングの管理ツール（「パスワードと鍵」など）でロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Try again and allow Inlet to use it, or go on without saving the secret.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されました。Inlet の使用を許可してもう一度試すか、シークレットを保存せずに続行してください。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: “%1”. Try again.</source>
        <translation>システムのキーチェーンがエラーを報告しました: 「%1」。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again.</source>
        <translation>システムのキーチェーンがエラーを報告しました。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Inlet::SourceIconProxyModel</name>
    <message>
        <source>%1 (beta)</source>
        <translation>%1（ベータ）</translation>
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
        <translation>&lt;p&gt;データの取得元となるシステムを選んでください。名前、カテゴリ、説明の一部を入力すると一覧を絞り込めます。矢印キーで移動し、Enter キーで次へ進みます。&lt;/p&gt;&lt;p&gt;一覧は Inlet に同梱されており、オフラインでも使えます。&lt;b&gt;Platform から更新&lt;/b&gt; は Flow Service に現在の接続仕様を問い合わせ、Inlet がまだ知らないソースを追加します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no source &quot;%1&quot;; choose one from the list.</source>
        <translation>ソース「%1」はありません。一覧から選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;・%2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Documentation for %2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2 のドキュメント&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No source matches &quot;%1&quot;.</source>
        <translation>「%1」に一致するソースはありません。</translation>
    </message>
    <message>
        <source>Sign in on the previous page to refresh the list from Platform.</source>
        <translation>Platform から一覧を更新するには、前のページでサインインしてください。</translation>
    </message>
    <message>
        <source>Asking Platform for its sources…</source>
        <translation>Platform にソースを問い合わせています…</translation>
    </message>
    <message>
        <source>The list could not be refreshed; the sources Inlet knows are still here. %1</source>
        <translation>一覧を更新できませんでしたが、Inlet が知っているソースはそのまま使えます。%1</translation>
    </message>
    <message>
        <source>The list could not be refreshed; the sources Inlet knows are still here. Platform&apos;s answer was not a list of sources; try again later.</source>
        <translation>一覧を更新できませんでしたが、Inlet が知っているソースはそのまま使えます。Platform の応答がソースの一覧ではありませんでした。後でもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n source(s) from Platform.</source>
        <translation>
            <numerusform>Platform から %n 件のソースを更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n specification(s) could not be read and were skipped.</source>
        <translation>
            <numerusform>%n 件の仕様を読み取れなかったため、スキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Adobe marks this source as beta.</source>
        <translation>Adobe はこのソースをベータ版としています。</translation>
    </message>
</context>
<context>
    <name>Inlet::SparkConfigLine</name>
    <message>
        <source>The landing zone&apos;s container name &quot;%1&quot; is not a valid Azure container name.</source>
        <translation>ランディングゾーンのコンテナー名「%1」は、有効な Azure コンテナー名ではありません。</translation>
    </message>
    <message>
        <source>The landing zone&apos;s storage account name &quot;%1&quot; is not a valid Azure storage account name.</source>
        <translation>ランディングゾーンのストレージアカウント名「%1」は、有効な Azure ストレージアカウント名ではありません。</translation>
    </message>
    <message>
        <source>Platform returned no SAS token. Refresh the credentials and try again.</source>
        <translation>Platform から SAS トークンが返されませんでした。認証情報を更新して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The SAS token contains white space, so it was probably URL-decoded on the way. Fetch the credentials again instead of editing the token.</source>
        <translation>SAS トークンに空白が含まれています。途中で URL デコードされた可能性があります。トークンを編集せずに、認証情報を取得し直してください。</translation>
    </message>
    <message>
        <source>The SAS token contains &apos;+&apos;, so it was probably URL-decoded on the way (Azure needs %2B there). Fetch the credentials again instead of editing the token.</source>
        <translation>SAS トークンに「+」が含まれています。途中で URL デコードされた可能性があります（Azure ではここに %2B が必要です）。トークンを編集せずに、認証情報を取得し直してください。</translation>
    </message>
    <message>
        <source>The SAS token has no signature (sig=). Fetch the credentials again.</source>
        <translation>SAS トークンに署名（sig=）がありません。認証情報を取得し直してください。</translation>
    </message>
</context>
<context>
    <name>Inlet::TargetPage</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>The name it is listed under in Platform</source>
        <translation>Platform で表示される名前</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose where the data goes in Platform. &lt;b&gt;An existing dataset&lt;/b&gt; keeps its schema: search by the dataset&apos;s name or its schema&apos;s title. &lt;b&gt;A new dataset on a schema&lt;/b&gt; is created with the dataflow, under the name you type, on the XDM schema you choose.&lt;/p&gt;&lt;p&gt;The fields of the schema are shown on the right: required fields and identities are marked, since the mapping on the next page must fill them.&lt;/p&gt;&lt;p&gt;If the schema cannot take the chosen table or file (a dataset without a schema, or a required field no column can fill), the reason is shown and &lt;b&gt;Next&lt;/b&gt; stays disabled: choose another dataset, or a new one on a schema that fits. A schema none of whose fields match a column by name can still be used; you then map every column yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Platform でのデータの送り先を選びます。&lt;b&gt;既存のデータセット&lt;/b&gt; はそのスキーマを使います。データセット名またはスキーマのタイトルで検索してください。&lt;b&gt;スキーマに基づく新しいデータセット&lt;/b&gt; は、入力した名前で、選んだ XDM スキーマに基づいてデータフローと一緒に作成されます。&lt;/p&gt;&lt;p&gt;右側にスキーマのフィールドが表示されます。次のページのマッピングで埋める必要がある必須フィールドと ID にはマークが付きます。&lt;/p&gt;&lt;p&gt;選んだテーブルやファイルをスキーマが受け付けられない場合（スキーマのないデータセットや、どの列でも埋められない必須フィールドがある場合）は、理由が表示され、&lt;b&gt;次へ&lt;/b&gt; は無効のままになります。別のデータセットか、適合するスキーマに基づく新しいデータセットを選んでください。列と名前が一致するフィールドが 1 つもないスキーマも使えますが、その場合はすべての列を自分でマッピングします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Target dataset</source>
        <translation>ターゲットデータセット</translation>
    </message>
    <message>
        <source>There is no table or file to ingest yet. Go back and choose one on the Select data page.</source>
        <translation>取り込むテーブルやファイルがまだありません。前に戻って、「データの選択」ページで選んでください。</translation>
    </message>
    <message>
        <source>Where the data of %1 goes in Platform: a dataset that exists, or a new one on an XDM schema.</source>
        <translation>Platform での %1 のデータの送り先です。既存のデータセットか、XDM スキーマに基づく新しいデータセットを選びます。</translation>
    </message>
    <message>
        <source>Asking Platform for the sandbox&apos;s datasets and schemas…</source>
        <translation>サンドボックスのデータセットとスキーマを Platform に問い合わせています…</translation>
    </message>
    <message>
        <source>Stopped. Choose Retry to ask again.</source>
        <translation>停止しました。もう一度問い合わせるには「再試行」を選んでください。</translation>
    </message>
    <message>
        <source>The datasets and schemas could not be listed. %1</source>
        <translation>データセットとスキーマを一覧表示できませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>データセット %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s) in the sandbox %1.</source>
        <translation>
            <numerusform>サンドボックス %1 に %n 個のスキーマがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Reading the fields of the schema “%1”…</source>
        <translation>スキーマ「%1」のフィールドを読み込んでいます…</translation>
    </message>
    <message>
        <source>The fields of the schema “%1” could not be read. %2</source>
        <translation>スキーマ「%1」のフィールドを読み込めませんでした。%2</translation>
    </message>
    <message numerus="yes">
        <source>The schema “%1” has %n field(s).</source>
        <translation>
            <numerusform>スキーマ「%1」には %n 個のフィールドがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the schema of the new dataset to see its fields.</source>
        <translation>新しいデータセットのスキーマを選ぶと、そのフィールドが表示されます。</translation>
    </message>
    <message>
        <source>A new dataset on the schema &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>スキーマ &lt;b&gt;%1&lt;/b&gt; に基づく新しいデータセット。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, without an XDM schema.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（XDM スキーマなし）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, on the schema &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（スキーマ &lt;b&gt;%2&lt;/b&gt;）。</translation>
    </message>
    <message>
        <source>Choose a dataset to see the fields of its schema.</source>
        <translation>データセットを選ぶと、そのスキーマのフィールドが表示されます。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>primary identity</source>
        <translation>プライマリ ID</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <source>Choose another dataset, or a new dataset on a schema that fits.</source>
        <translation>別のデータセットか、適合するスキーマに基づく新しいデータセットを選んでください。</translation>
    </message>
</context>
<context>
    <name>Inlet::TokenProvider</name>
    <message>
        <source>The IMS token response has no access_token or expires_in.</source>
        <translation>IMS のトークン応答に access_token または expires_in がありません。</translation>
    </message>
</context>
<context>
    <name>Inlet::WatchRuns</name>
    <message>
        <source>The Databricks cluster could not read the landing zone: its Spark config lacks the landing-zone line, or still holds a token that a refresh revoked. Copy the current line into the cluster&apos;s Spark config, restart the cluster, and the next run will read the data.</source>
        <translation>Databricks クラスターがランディングゾーンを読み取れませんでした。Spark 構成にランディングゾーンの行がないか、更新によって失効したトークンが残っています。現在の行をクラスターの Spark 構成にコピーしてクラスターを再起動すると、次の実行でデータが読み取られます。</translation>
    </message>
    <message>
        <source>The run failed without giving a reason.</source>
        <translation>実行は理由を示さずに失敗しました。</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>実行に失敗しました：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be ingested; the others were.</source>
        <translation>
            <numerusform>%n 件のレコードを取り込めませんでした。その他のレコードは取り込まれました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The landing-zone token in the cluster&apos;s Spark config expires on %1, before the dataflow&apos;s next runs. Refresh the token before then and paste the new line into the cluster, or those runs will fail.</source>
        <translation>クラスターの Spark 構成にあるランディングゾーンのトークンは、データフローの次回以降の実行より前の %1 に失効します。それまでにトークンを更新して新しい行をクラスターに貼り付けないと、それらの実行は失敗します。</translation>
    </message>
</context>
<context>
    <name>LandingZonePage</name>
    <message>
        <source>Give Databricks access to Platform&apos;s staging storage</source>
        <translation>Databricks に Platform のステージングストレージへのアクセスを許可</translation>
    </message>
    <message>
        <source>Platform stages Databricks data in its own Azure Blob Storage. Your cluster needs this line in its Spark config to reach it.</source>
        <translation>Platform は Databricks のデータを専用の Azure Blob Storage に一時保存します。クラスターがそこにアクセスするには、Spark 構成にこの行が必要です。</translation>
    </message>
    <message>
        <source>In Databricks, open your cluster, choose &lt;b&gt;Advanced options&lt;/b&gt; and paste this line into the &lt;b&gt;Spark config&lt;/b&gt; box:</source>
        <translation>Databricks でクラスターを開き、&lt;b&gt;Advanced options&lt;/b&gt; を選んで、&lt;b&gt;Spark config&lt;/b&gt; ボックスにこの行を貼り付けます：</translation>
    </message>
    <message>
        <source>Spark config &amp;line:</source>
        <translation>Spark 構成の行(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show the SAS &amp;token</source>
        <translation>SAS トークンを表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh credentials…</source>
        <translation>認証情報を更新(&amp;R)…</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;The cluster must be running while you create the connection and whenever you explore or preview data.&lt;/li&gt;&lt;li&gt;Do not modify the &lt;code&gt;adobe-managed-staging&lt;/code&gt; folder in the container.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;接続の作成中と、データを参照またはプレビューするときは、クラスターが実行中である必要があります。&lt;/li&gt;&lt;li&gt;コンテナー内の &lt;code&gt;adobe-managed-staging&lt;/code&gt; フォルダーは変更しないでください。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>I &amp;added this line to my cluster&apos;s Spark config</source>
        <translation>この行をクラスターの Spark 構成に追加しました(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map columns</source>
        <translation>列のマッピング</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>列のマッピング(&amp;M)：</translation>
    </message>
    <message>
        <source>Chec&amp;k with Platform</source>
        <translation>Platform で確認(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reset to suggestions</source>
        <translation>候補に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>詳細(&amp;T)</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Pre&amp;view of the first rows as the schema receives them:</source>
        <translation>スキーマが受け取る形での先頭行のプレビュー(&amp;V)：</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>プレビューを表示(&amp;P)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示する。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示する。</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The interval must be at least 1.</source>
        <translation>間隔は 1 以上にしてください。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Connection &amp;ID:</source>
        <translation>接続 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>ETa&amp;g:</source>
        <translation>ETag(&amp;G)：</translation>
    </message>
    <message>
        <source>Cop&amp;y ETag</source>
        <translation>ETag をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>接続をテスト(&amp;N)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check the details. Nothing is sent to Platform until you choose Create connection.</source>
        <translation>内容を確認してください。「接続を作成」を選ぶまで、Platform には何も送信されません。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>The same &amp;request as a curl command (secrets replaced by placeholders):</source>
        <translation>同じリクエストの curl コマンド（シークレットは伏せ字）(&amp;R)：</translation>
    </message>
    <message>
        <source>Cop&amp;y command</source>
        <translation>コマンドをコピー(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Dataflow &amp;ID:</source>
        <translation>データフロー ID(&amp;I)：</translation>
    </message>
    <message>
        <source>R&amp;uns, newest first:</source>
        <translation>実行（新しい順）(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>詳細(&amp;T)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show the Spark config &amp;line</source>
        <translation>Spark 構成の行を表示(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Errors of the selected run:</source>
        <translation>選択した実行のエラー(&amp;E)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Name the dataflow and choose when it reads the source.</source>
        <translation>データフローに名前を付け、ソースを読み取るタイミングを選びます。</translation>
    </message>
    <message>
        <source>Flow na&amp;me:</source>
        <translation>フロー名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>頻度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S)：</translation>
    </message>
    <message>
        <source>A&amp;lso read what the source held before the start (backfill)</source>
        <translation>開始前にソースにあったデータも読み取る（バックフィル）(&amp;L)</translation>
    </message>
    <message>
        <source>Del&amp;ta column:</source>
        <translation>デルタ列(&amp;T)：</translation>
    </message>
    <message>
        <source>Collect &amp;error diagnostics for rejected records</source>
        <translation>拒否されたレコードのエラー診断を収集する(&amp;E)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Allow &amp;partial ingestion</source>
        <translation>部分取り込みを許可する(&amp;P)</translation>
    </message>
    <message>
        <source>With partial ingestion, a run fails only when more than this share of its records fail.</source>
        <translation>部分取り込みでは、失敗したレコードの割合がこの値を超えた場合にのみ実行が失敗します。</translation>
    </message>
    <message>
        <source>Failed records th&amp;reshold:</source>
        <translation>失敗レコードのしきい値(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose a source</source>
        <translation>ソースの選択</translation>
    </message>
    <message>
        <source>Pick the system you want to bring data from. Type to filter the list.</source>
        <translation>データの取り込み元となるシステムを選んでください。入力すると一覧を絞り込めます。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name, category or description</source>
        <translation>名前、カテゴリ、説明</translation>
    </message>
    <message>
        <source>&amp;Refresh from Platform</source>
        <translation>Platform から更新(&amp;R)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Target dataset</source>
        <translation>ターゲットデータセット</translation>
    </message>
    <message>
        <source>An e&amp;xisting dataset</source>
        <translation>既存のデータセット(&amp;X)</translation>
    </message>
    <message>
        <source>A ne&amp;w dataset on a schema</source>
        <translation>スキーマに基づく新しいデータセット(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Search datasets:</source>
        <translation>データセットを検索(&amp;S)：</translation>
    </message>
    <message>
        <source>Type part of a name or schema</source>
        <translation>名前またはスキーマの一部を入力</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>データセット(&amp;D)：</translation>
    </message>
    <message>
        <source>Dataset na&amp;me (required):</source>
        <translation>データセット名（必須）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Search schemas:</source>
        <translation>スキーマを検索(&amp;E)：</translation>
    </message>
    <message>
        <source>Type part of a title</source>
        <translation>タイトルの一部を入力</translation>
    </message>
    <message>
        <source>S&amp;chemas:</source>
        <translation>スキーマ(&amp;C)：</translation>
    </message>
    <message>
        <source>Schema fie&amp;lds:</source>
        <translation>スキーマのフィールド(&amp;L)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>詳細(&amp;T)</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
</context>
</TS>
