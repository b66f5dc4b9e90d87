<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiError</name>
    <message>
        <source>The tenant says: %1</source>
        <translation>テナントからの応答: %1</translation>
    </message>
    <message>
        <source>Banister tried %1 times.</source>
        <translation>Banister は %1 回試行しました。</translation>
    </message>
    <message>
        <source>The tenant did not accept the credentials (HTTP 401).</source>
        <translation>テナントが認証情報を受け付けませんでした (HTTP 401)。</translation>
    </message>
    <message>
        <source>Check the access key or token and enter it again.</source>
        <translation>アクセスキーまたはトークンを確認し、もう一度入力してください。</translation>
    </message>
    <message>
        <source>The credentials work, but the user behind them lacks a right this step needs (HTTP 403).</source>
        <translation>認証情報は有効ですが、そのユーザーにはこの手順に必要な権限がありません (HTTP 403)。</translation>
    </message>
    <message>
        <source>Ask a super admin to grant it, or use an admin&apos;s key.</source>
        <translation>スーパー管理者に権限の付与を依頼するか、管理者のキーを使用してください。</translation>
    </message>
    <message>
        <source>Not found on this tenant (HTTP 404).</source>
        <translation>このテナントに見つかりません (HTTP 404)。</translation>
    </message>
    <message>
        <source>It may have been deleted or renamed since it was last read; reload and try again.</source>
        <translation>前回の読み込み後に削除または名前変更された可能性があります。再読み込みしてもう一度お試しください。</translation>
    </message>
    <message>
        <source>The tenant refused the change because it conflicts with the current state (HTTP 409).</source>
        <translation>現在の状態と矛盾するため、テナントが変更を拒否しました (HTTP 409)。</translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation>ページを再読み込みして現在の状態を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The tenant rejected the request (HTTP %1).</source>
        <translation>テナントがリクエストを拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The tenant is limiting how fast Banister may call it (HTTP 429).</source>
        <translation>テナントが Banister の呼び出し頻度を制限しています (HTTP 429)。</translation>
    </message>
    <message>
        <source>It asks to wait %1 s; try again then.</source>
        <translation>%1 秒待つよう求めています。その後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The tenant had an internal error (HTTP %1).</source>
        <translation>テナントで内部エラーが発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, give Gainsight Support the request id %1.</source>
        <translation>数分後にもう一度お試しください。解決しない場合は、リクエスト ID %1 を Gainsight サポートにお伝えください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1. Check the URL and port (for the sandbox: is it running?).</source>
        <translation>%1 で接続を受け付けているものがありません。URL とポートを確認してください (サンドボックスの場合: 起動していますか?)。</translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the URL for typos and your network&apos;s DNS.</source>
        <translation>ホスト %1 が見つかりません。URL の入力ミスとネットワークの DNS を確認してください。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 が応答前に接続を閉じました。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check proxies or firewalls between you and the tenant.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、テナントとの間にあるプロキシやファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2. Check the URL, or the system&apos;s trusted certificates.</source>
        <translation>%1 への安全な接続を確立できませんでした: %2。URL、またはシステムの信頼済み証明書を確認してください。</translation>
    </message>
    <message>
        <source>%1 redirected Banister to %2, which is not the tenant&apos;s own address. Banister did not follow it, so the access key and token were not sent there. Check the URL: enter the address the tenant finally answers at.</source>
        <translation>%1 が Banister を %2 にリダイレクトしましたが、これはテナント自身のアドレスではありません。Banister はリダイレクトに従わなかったため、アクセスキーとトークンは送信されていません。URL を確認し、テナントが最終的に応答するアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer could not be read (it is not the JSON Gainsight sends).</source>
        <translation>テナントの応答を読み取れませんでした (Gainsight が送る JSON ではありません)。</translation>
    </message>
    <message>
        <source>Check that the URL points at the tenant itself, not a login page or proxy.</source>
        <translation>URL がログインページやプロキシではなく、テナント自体を指しているか確認してください。</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2.</source>
        <translation>%1 との通信中にネットワークエラーが発生しました: %2。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The tenant&apos;s limit for this API is used up until %1, and Banister sent nothing more. Try again after %1: an apply continues where it stopped.</source>
        <translation>この API のテナントの上限は %1 まで使い切られています。Banister はそれ以上何も送信していません。%1 以降にもう一度お試しください。適用は止まったところから続行されます。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
</context>
<context>
    <name>CrmFilter</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>「%1」は true でも false でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>「%1」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>list of values: &apos;A, B&apos; &apos;or&apos; &apos;C&apos;</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>is</source>
        <comment>filter operator</comment>
        <translation>等しい</translation>
    </message>
    <message>
        <source>is not</source>
        <comment>filter operator</comment>
        <translation>等しくない</translation>
    </message>
    <message>
        <source>contains</source>
        <comment>filter operator</comment>
        <translation>含む</translation>
    </message>
    <message>
        <source>between</source>
        <comment>filter operator</comment>
        <translation>範囲</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; use one of %2</source>
        <translation>不明な演算子「%1」です。%2 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to %2 (a %3 field)</source>
        <translation>演算子「%1」は %2 (%3 型のフィールド) には使えません</translation>
    </message>
    <message>
        <source>values must be a non-empty array</source>
        <translation>値を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes exactly one value</source>
        <translation>「%1」には値を 1 つだけ指定します</translation>
    </message>
    <message>
        <source>&quot;between&quot; takes two values, the lower first</source>
        <translation>「範囲」には値を 2 つ、小さい方から指定します</translation>
    </message>
    <message>
        <source>at most 10 000 values are allowed</source>
        <translation>値は 10 000 個までです</translation>
    </message>
    <message>
        <source>&quot;contains&quot; takes at most %1 values of 1 to %2 characters</source>
        <translation>「含む」には 1～%2 文字の値を %1 個まで指定できます</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 が %2</translation>
    </message>
    <message>
        <source>or</source>
        <translation>または</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 が %2 以外</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 が %2 のいずれでもない</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 が %2 を含む</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 が %2 ～ %3</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>%1 is a multi-select picklist; Staircase takes single-select picklists only</source>
        <translation>%1 は複数選択の選択リストです。Staircase は単一選択の選択リストのみ受け付けます</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a single-select picklist field</source>
        <translation>%1 は %2 型です。%3 には単一選択の選択リストフィールドが必要です</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a number or currency field</source>
        <translation>%1 は %2 型です。%3 には数値または通貨フィールドが必要です</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a date field</source>
        <translation>%1 は %2 型です。%3 には日付フィールドが必要です</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a text field</source>
        <translation>%1 は %2 型です。%3 にはテキストフィールドが必要です</translation>
    </message>
    <message>
        <source>%1 is mapped by the integration itself</source>
        <translation>%1 は連携機能自体によってマッピングされます</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>約 %1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s) %1 h</source>
        <translation>
            <numerusform>約 %n 日 %1 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n calendar day(s): User Management allows %2 calls a day, so its %3 calls stop at each day&apos;s cap and continue after it resets (00:00 UTC)</source>
        <translation>
            <numerusform>%1 (暦日で %n 日間にわたります。User Management の呼び出しは 1 日 %2 回までのため、%3 回の呼び出しは毎日上限に達すると止まり、リセット後 (00:00 UTC) に続行します)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>文字列である必要があります (実際: %1)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of %2</source>
        <translation>不明な値「%1」です。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>true または false である必要があります (実際: %1)</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>文字列の配列である必要があります (実際: %1)</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>オブジェクトである必要があります (実際: %1)</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>配列である必要があります (実際: %1)</translation>
    </message>
    <message>
        <source>must name a Company field</source>
        <translation>Company フィールドを指定する必要があります</translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation>値が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>&quot;Sync specific accounts&quot; needs at least one filter row</source>
        <translation>「特定のアカウントを同期」にはフィルター行が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a churned status; a status cannot be both</source>
        <translation>「%1」はすでに解約ステータスです。1 つのステータスを両方にすることはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped twice</source>
        <translation>「%1」が 2 回マッピングされています</translation>
    </message>
    <message>
        <source>needs a userId or an email</source>
        <translation>userId またはメールアドレスが必要です</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is already assigned at %2; list each user once</source>
        <translation>ユーザー「%1」はすでに %2 で割り当てられています。各ユーザーは 1 回だけ指定してください</translation>
    </message>
    <message>
        <source>%1 is already assigned at %2 (emails are compared ignoring case); list each user once</source>
        <translation>%1 はすでに %2 で割り当てられています (メールアドレスは大文字と小文字を区別せずに比較します)。各ユーザーは 1 回だけ指定してください</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot; is already placed at %2; a layout takes the section once</source>
        <translation>レイアウト「%1」はすでに %2 に配置されています。1 つのレイアウトにセクションは 1 回だけ配置できます</translation>
    </message>
    <message>
        <source>is longer than 80 characters</source>
        <translation>80 文字を超えています</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation>0 以上の整数である必要があります</translation>
    </message>
    <message>
        <source>is larger than any layout</source>
        <translation>どのレイアウトよりも大きい値です</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already listed at %3; list each principal once</source>
        <translation>%1「%2」はすでに %3 に記載されています。各対象者は 1 回だけ指定してください</translation>
    </message>
    <message>
        <source>&quot;specific&quot; needs at least one user, role or group</source>
        <translation>「specific」にはユーザー、ロール、グループのいずれかが 1 つ以上必要です</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>有効な JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation>プロファイルは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>required (&quot;%1&quot;)</source>
        <translation>必須 (「%1」)</translation>
    </message>
    <message>
        <source>unknown schema version &quot;%1&quot;; this Banister reads &quot;%2&quot;</source>
        <translation>不明なスキーマバージョン「%1」です。この Banister が読み込めるのは「%2」です</translation>
    </message>
    <message>
        <source>is longer than 2000 characters</source>
        <translation>2000 文字を超えています</translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file</source>
        <translation>%1 を読み込めません: ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1 is a folder, not a profile</source>
        <translation>%1 はフォルダーであり、プロファイルではありません</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket); a profile is a .json file</source>
        <translation>%1 は通常のファイルではありません (デバイス、パイプ、またはソケットです)。プロファイルは .json ファイルです</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; that is not a profile</source>
        <translation>%1 は 16 MiB を超えています。プロファイルではありません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>JSON type found</comment>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON type found</comment>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>JSON type found</comment>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>JSON type found</comment>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>JSON type found</comment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>JSON type found: no value</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>%1 に書き込めません: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation>%1 に書き込めません: ファイルは読み取り専用です</translation>
    </message>
    <message>
        <source>Nothing was configured: the profile cannot be applied to this tenant as it is (errors below).</source>
        <translation>何も設定されていません: このプロファイルはこのままではこのテナントに適用できません (下記のエラーを参照)。</translation>
    </message>
    <message>
        <source>Nothing was configured: this tenant does not meet the integration&apos;s prerequisites (below).</source>
        <translation>何も設定されていません: このテナントは連携の前提条件を満たしていません (下記参照)。</translation>
    </message>
    <message>
        <source>Tenant › Gainsight URL</source>
        <translation>テナント › Gainsight URL</translation>
    </message>
    <message>
        <source>Tenant › Staircase URL</source>
        <translation>テナント › Staircase URL</translation>
    </message>
    <message>
        <source>Tenant › Subdomain</source>
        <translation>テナント › サブドメイン</translation>
    </message>
    <message>
        <source>Activation › Path</source>
        <translation>有効化 › 方法</translation>
    </message>
    <message>
        <source>upgrade the connection (AI Follow-Up active)</source>
        <translation>接続のアップグレード (AI Follow-Up が有効)</translation>
    </message>
    <message>
        <source>integration request, then connect Staircase</source>
        <translation>連携リクエストの後に Staircase を接続</translation>
    </message>
    <message>
        <source>Activation › Support contact</source>
        <translation>有効化 › サポート窓口</translation>
    </message>
    <message>
        <source>Activation › Note to support</source>
        <translation>有効化 › サポートへのメッセージ</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>CRM 同期</translation>
    </message>
    <message>
        <source>Field mapping › %1</source>
        <translation>フィールドマッピング › %1</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>ユーザーアクセス</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n 件の割り当て</numerusform>
        </translation>
    </message>
    <message>
        <source>; fix username ≠ email</source>
        <translation>、ユーザー名 ≠ メールアドレスを修正</translation>
    </message>
    <message>
        <source>Layout › %1</source>
        <translation>レイアウト › %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2</source>
        <translation>「%1」を %2 番目に配置</translation>
    </message>
    <message>
        <source>Executive dashboard</source>
        <translation>エグゼクティブダッシュボード</translation>
    </message>
    <message>
        <source>Banister setup report</source>
        <translation>Banister セットアップレポート</translation>
    </message>
    <message>
        <source>Staircase AI integration — setup report</source>
        <translation>Staircase AI 連携 — セットアップレポート</translation>
    </message>
    <message>
        <source>%1 (%2) · generated %3 · Banister %4 · admin %5</source>
        <translation>%1 (%2) · 作成日時 %3 · Banister %4 · 管理者 %5</translation>
    </message>
    <message>
        <source>Settings chosen</source>
        <translation>選択した設定</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Plan and result</source>
        <translation>プランと結果</translation>
    </message>
    <message>
        <source>Nothing to change: the tenant already matches the profile.</source>
        <translation>変更はありません: テナントはすでにプロファイルと一致しています。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Verification has not run.</source>
        <translation>検証は実行されていません。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message numerus="yes">
        <source>Still to do in Gainsight (%n warning(s))</source>
        <translation>
            <numerusform>Gainsight で残っている作業 (警告 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>no PDF was produced</source>
        <translation>PDF は作成されませんでした</translation>
    </message>
    <message>
        <source>unknown report format &quot;.%1&quot;; use .html, .md, .json or .pdf</source>
        <translation>不明なレポート形式「.%1」です。.html、.md、.json、.pdf のいずれかを使用してください</translation>
    </message>
    <message>
        <source>not a JSON report: %1</source>
        <translation>JSON レポートではありません: %1</translation>
    </message>
    <message>
        <source>not a Banister report (schema &quot;%1&quot;)</source>
        <translation>Banister のレポートではありません (スキーマ「%1」)</translation>
    </message>
    <message>
        <source>the report has no digest</source>
        <translation>レポートにダイジェストがありません</translation>
    </message>
    <message>
        <source>the digest does not match the content: the report was changed after it was written</source>
        <translation>ダイジェストが内容と一致しません: レポートは書き出し後に変更されています</translation>
    </message>
    <message>
        <source>the file is not exactly as Banister wrote it (its layout was changed)</source>
        <translation>ファイルが Banister の書き出したとおりではありません (書式が変更されています)</translation>
    </message>
    <message>
        <source>no Staircase role</source>
        <translation>Staircase ロールなし</translation>
    </message>
    <message>
        <source>Applied by %1 on %2, from %3 to %4: %5.</source>
        <translation>%1 が %2 に適用 (%3 〜 %4): %5。</translation>
    </message>
    <message>
        <source>What was applied</source>
        <translation>適用した内容</translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>Role changes (%n)</source>
        <translation>
            <numerusform>ロールの変更 (%n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Already as the profile asks, nothing changed: %1.</source>
        <translation>すでにプロファイルどおりのため変更なし: %1。</translation>
    </message>
    <message numerus="yes">
        <source>The CRM filter matches %n account(s) at report time.</source>
        <translation>
            <numerusform>レポート作成時点で CRM フィルターに該当するアカウントは %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>現在のプラン</translation>
    </message>
    <message numerus="yes">
        <source>What remains manual (%n)</source>
        <translation>
            <numerusform>手作業で行う残りの作業 (%n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence digest (SHA-256 of the report&apos;s canonical JSON): %1</source>
        <translation>証跡ダイジェスト (レポートの正規化 JSON の SHA-256): %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+ %n more, see the role changes)</source>
        <translation>
            <numerusform>%1 (他 %n 件、ロールの変更を参照)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done by hand in Gainsight or Staircase (%1 of %n confirmed); no documented API can do these</source>
        <translation>
            <numerusform>Gainsight または Staircase で手作業で実施 (%n 件中 %1 件確認済み)。文書化された API ではこれらを実行できません</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed by %1 at %2.</source>
        <translation>%1 が %2 に確認しました。</translation>
    </message>
    <message>
        <source>Not yet confirmed.</source>
        <translation>未確認です。</translation>
    </message>
    <message>
        <source>What to expect next</source>
        <translation>この後の流れ</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>yes (confirmed by the admin)</source>
        <translation>はい（管理者が確認済み）</translation>
    </message>
    <message>
        <source>no (confirmed by the admin)</source>
        <translation>いいえ（管理者が確認済み）</translation>
    </message>
    <message>
        <source>Confirmed › Gainsight CS subscription</source>
        <translation>確認済み › Gainsight CS のサブスクリプション</translation>
    </message>
    <message>
        <source>Confirmed › Staircase AI subscription</source>
        <translation>確認済み › Staircase AI のサブスクリプション</translation>
    </message>
    <message>
        <source>Confirmed › Admin on both platforms</source>
        <translation>確認済み › 両プラットフォームの管理者</translation>
    </message>
    <message>
        <source>Confirmed › Primary CRM</source>
        <translation>確認済み › プライマリ CRM</translation>
    </message>
    <message>
        <source>Gainsight (confirmed by the admin)</source>
        <translation>Gainsight（管理者が確認済み）</translation>
    </message>
    <message>
        <source>Salesforce (confirmed by the admin)</source>
        <translation>Salesforce（管理者が確認済み）</translation>
    </message>
    <message>
        <source>Confirmed › AI Follow-Up</source>
        <translation>確認済み › AI Follow-Up</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the tenant URL, for example https://yourcompany.gainsightcloud.com.</source>
        <translation>テナントの URL を入力してください (例: https://yourcompany.gainsightcloud.com)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>「%1」は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>Only http and https URLs are supported (got &quot;%1&quot;).</source>
        <translation>http と https の URL のみ使用できます (入力値:「%1」)。</translation>
    </message>
    <message>
        <source>The tenant URL must use https; plain http is accepted only for this computer (127.0.0.1, ::1, localhost), so the access key never travels unencrypted.</source>
        <translation>テナントの URL には https を使用してください。アクセスキーが暗号化されずに送信されることのないよう、http はこのコンピューター (127.0.0.1、::1、localhost) に対してのみ使用できます。</translation>
    </message>
</context>
<context>
    <name>banister::AccountStatusPicker</name>
    <message>
        <source>Churned and prospect accounts (from the Status field)</source>
        <translation>解約アカウントと見込みアカウント (Status フィールドから)</translation>
    </message>
    <message>
        <source>Churned:</source>
        <translation>解約:</translation>
    </message>
    <message>
        <source>Prospect:</source>
        <translation>見込み:</translation>
    </message>
</context>
<context>
    <name>banister::ActivationArea</name>
    <message>
        <source>Activation: the live state could not be read: %1</source>
        <translation>有効化: 現在の状態を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>/activation/path: AI Follow-Up is active on this tenant, so Gainsight Support upgrades the connection; set the path to &quot;upgrade&quot;.</source>
        <translation>/activation/path: このテナントでは AI Follow-Up が有効なため、Gainsight サポートが接続をアップグレードします。path を「upgrade」に設定してください。</translation>
    </message>
    <message>
        <source>/activation/path: AI Follow-Up is not active on this tenant, so Staircase is connected to Gainsight after the integration request; set the path to &quot;connect&quot;.</source>
        <translation>/activation/path: このテナントでは AI Follow-Up が無効なため、連携リクエストの後に Staircase を Gainsight に接続します。path を「connect」に設定してください。</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile says &quot;%1&quot;, but this tenant&apos;s subdomain is &quot;%2&quot;.</source>
        <translation>/tenant/subdomain: プロファイルでは「%1」ですが、このテナントのサブドメインは「%2」です。</translation>
    </message>
    <message>
        <source>Activation: Staircase is connected to &quot;%1&quot;, not &quot;%2&quot;. Disconnect it in Staircase (Settings &gt; Integrations &gt; Gainsight) first.</source>
        <translation>有効化: Staircase は「%2」ではなく「%1」に接続されています。先に Staircase (Settings &gt; Integrations &gt; Gainsight) で接続を解除してください。</translation>
    </message>
    <message>
        <source>/activation/supportNote: the note is longer than 2000 characters.</source>
        <translation>/activation/supportNote: メッセージが 2000 文字を超えています。</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to upgrade the connection</source>
        <translation>Gainsight サポートに接続のアップグレードを依頼</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to enable the Staircase integration</source>
        <translation>Gainsight サポートに Staircase 連携の有効化を依頼</translation>
    </message>
    <message>
        <source>no request filed</source>
        <translation>リクエスト未送信</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request</source>
        <translation>「%1」リクエスト</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request, contact %2</source>
        <translation>「%1」リクエスト、窓口 %2</translation>
    </message>
    <message>
        <source>Wait until Gainsight Support has completed the request</source>
        <translation>Gainsight サポートがリクエストを完了するまで待機</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Connect Staircase to Gainsight (subdomain &quot;%1&quot;)</source>
        <translation>Staircase を Gainsight に接続 (サブドメイン「%1」)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>connected to &quot;%1&quot;</source>
        <translation>「%1」に接続済み</translation>
    </message>
    <message>
        <source>Unknown activation step %1.</source>
        <translation>不明な有効化手順 %1 です。</translation>
    </message>
    <message>
        <source>No %1 support request was found on the tenant; apply again to file it.</source>
        <translation>テナントに %1 のサポートリクエストが見つかりません。もう一度適用すると送信されます。</translation>
    </message>
    <message>
        <source>Filed support request %1.</source>
        <translation>サポートリクエスト %1 を送信しました。</translation>
    </message>
    <message>
        <source>The answer to the support request was lost and Banister could not find out whether it arrived (%1). Look under Gainsight Support&apos;s open requests before applying again; Banister does not file it twice.</source>
        <translation>サポートリクエストへの応答が失われ、リクエストが届いたかどうかを Banister は確認できませんでした (%1)。もう一度適用する前に、Gainsight サポートの未完了のリクエストを確認してください。Banister が同じリクエストを 2 回送信することはありません。</translation>
    </message>
    <message>
        <source>Gainsight Support completed request %1.</source>
        <translation>Gainsight サポートがリクエスト %1 を完了しました。</translation>
    </message>
    <message>
        <source>Gainsight Support is still working on request %1 (%2). Apply again later: Banister continues from this step.</source>
        <translation>Gainsight サポートはまだリクエスト %1 (%2) を処理中です。後でもう一度適用してください。Banister はこの手順から再開します。</translation>
    </message>
    <message>
        <source>Live state readable</source>
        <translation>現在の状態を読み込める</translation>
    </message>
    <message>
        <source>Staircase is connected to Gainsight</source>
        <translation>Staircase が Gainsight に接続されている</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot; as %2.</source>
        <translation>%2 として「%1」に接続されています。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Staircase appears in the Gainsight apps menu</source>
        <translation>Gainsight のアプリメニューに Staircase が表示される</translation>
    </message>
    <message>
        <source>Listed as &quot;Staircase AI&quot;.</source>
        <translation>「Staircase AI」として表示されています。</translation>
    </message>
    <message>
        <source>Not listed.</source>
        <translation>表示されていません。</translation>
    </message>
    <message>
        <source>Gainsight super admins hold Staircase Admin</source>
        <translation>Gainsight のスーパー管理者が Staircase Admin を持っている</translation>
    </message>
    <message numerus="yes">
        <source>%n super admin(s) hold the Staircase Admin role.</source>
        <translation>
            <numerusform>%n 人のスーパー管理者が Staircase Admin ロールを持っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Without Staircase Admin: %1.</source>
        <translation>Staircase Admin がないユーザー: %1。</translation>
    </message>
    <message>
        <source>Validate single sign-on between Gainsight CS and Staircase AI by opening Staircase from the Gainsight apps menu as one of the assigned users.</source>
        <translation>割り当てたユーザーのいずれかで Gainsight のアプリメニューから Staircase を開き、Gainsight CS と Staircase AI 間のシングルサインオンを確認してください。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Staircase is connected to Gainsight.</source>
        <translation>Staircase は Gainsight に接続されています。</translation>
    </message>
    <message>
        <source>Staircase was already connected.</source>
        <translation>Staircase はすでに接続されていました。</translation>
    </message>
    <message>
        <source>not filed</source>
        <comment>support request status</comment>
        <translation>未送信</translation>
    </message>
    <message>
        <source>open</source>
        <comment>support request status</comment>
        <translation>未対応</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>support request status</comment>
        <translation>対応中</translation>
    </message>
</context>
<context>
    <name>banister::ActivationModel</name>
    <message>
        <source>AI Follow-Up is active on our tenant (%1). Please upgrade the connection to the full Staircase AI integration.</source>
        <translation>当社のテナント (%1) では AI Follow-Up が有効です。接続を Staircase AI の完全な連携にアップグレードしてください。</translation>
    </message>
    <message>
        <source>Please link our Staircase AI tenant with Gainsight CS (subdomain %1) so we can connect the two.</source>
        <translation>両者を接続できるよう、当社の Staircase AI テナントを Gainsight CS (サブドメイン %1) とリンクしてください。</translation>
    </message>
    <message>
        <source>Staircase is already connected to Gainsight (subdomain &quot;%1&quot;). Nothing to do here.</source>
        <translation>Staircase はすでに Gainsight (サブドメイン「%1」) に接続されています。ここで行う作業はありません。</translation>
    </message>
    <message>
        <source>No support request has been filed yet. Banister files it when you apply the plan.</source>
        <translation>サポートリクエストはまだ送信されていません。プランを適用すると Banister が送信します。</translation>
    </message>
    <message>
        <source>The support request is %1. Banister continues from there when you apply the plan.</source>
        <translation>サポートリクエストの状態: %1。プランを適用すると Banister はそこから再開します。</translation>
    </message>
    <message>
        <source>open</source>
        <comment>support request status</comment>
        <translation>未対応</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>support request status</comment>
        <translation>対応中</translation>
    </message>
    <message>
        <source>done</source>
        <comment>support request status</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Gainsight&apos;s public API cannot file support requests or connect Staircase: the Review page lists both as steps you do by hand, with the exact clicks and what to enter, and you confirm each when it is done.</source>
        <translation>Gainsight の公開 API ではサポートへの依頼も Staircase の接続もできません。確認と適用のページに、正確なクリック手順と入力内容付きで手作業のステップとして両方を示します。完了したらそれぞれ確認してください。</translation>
    </message>
</context>
<context>
    <name>banister::ActivationPage</name>
    <message>
        <source>Activate the integration</source>
        <translation>連携の有効化</translation>
    </message>
    <message>
        <source>Gainsight Support links Gainsight CS with your Staircase AI tenant. Banister files the request, tracks it, and connects the two when you apply the plan.</source>
        <translation>Gainsight サポートが Gainsight CS をお使いの Staircase AI テナントとリンクします。プランを適用すると、Banister がリクエストを送信して進捗を追跡し、両者を接続します。</translation>
    </message>
    <message>
        <source>Support &amp;contact:</source>
        <translation>サポート窓口(&amp;C):</translation>
    </message>
    <message>
        <source>Become Staircase Admin:</source>
        <translation>Staircase Admin になるユーザー:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is active&lt;/b&gt; in Gainsight CS, so the connection already exists and Gainsight Support upgrades it. Banister files the &lt;i&gt;upgrade connection&lt;/i&gt; request and tracks it until it is done.</source>
        <translation>Gainsight CS で &lt;b&gt;AI Follow-Up が有効&lt;/b&gt;なため、接続はすでに存在し、Gainsight サポートがそれをアップグレードします。Banister は&lt;i&gt;接続のアップグレード&lt;/i&gt;リクエストを送信し、完了するまで追跡します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is not active&lt;/b&gt;, so Banister files the &lt;i&gt;Staircase integration&lt;/i&gt; request with Gainsight Support, tracks it, and then connects Staircase to Gainsight with your access key (what an admin would do under Settings &amp;gt; Integrations &amp;gt; Gainsight in Staircase).</source>
        <translation>&lt;b&gt;AI Follow-Up が無効&lt;/b&gt;なため、Banister は Gainsight サポートに &lt;i&gt;Staircase 連携&lt;/i&gt;リクエストを送信して追跡し、その後アクセスキーで Staircase を Gainsight に接続します (管理者が Staircase の Settings &amp;gt; Integrations &amp;gt; Gainsight で行う操作です)。</translation>
    </message>
    <message>
        <source>No Gainsight super admins were found.</source>
        <translation>Gainsight のスーパー管理者が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Gainsight super admins receive Staircase Admin automatically: %1</source>
        <translation>Gainsight のスーパー管理者には自動的に Staircase Admin が付与されます: %1</translation>
    </message>
    <message>
        <source>Note &amp;to support:</source>
        <translation>サポートへのメッセージ(&amp;T):</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is active&lt;/b&gt; (as you confirmed), so Gainsight Support upgrades the existing connection: you send them the &lt;i&gt;upgrade connection&lt;/i&gt; request.</source>
        <translation>&lt;b&gt;AI Follow-Up は有効&lt;/b&gt;です (確認済み)。そのため Gainsight サポートが既存の接続をアップグレードします。&lt;i&gt;接続のアップグレード&lt;/i&gt;の依頼を送ってください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is not active&lt;/b&gt; (as you confirmed): you ask Gainsight Support for the &lt;i&gt;Staircase integration&lt;/i&gt;, then connect Staircase to Gainsight under Settings &amp;gt; Integrations &amp;gt; Gainsight in Staircase.</source>
        <translation>&lt;b&gt;AI Follow-Up は無効&lt;/b&gt;です (確認済み)。Gainsight サポートに &lt;i&gt;Staircase 連携&lt;/i&gt;を依頼し、その後 Staircase の Settings &amp;gt; Integrations &amp;gt; Gainsight で Staircase を Gainsight に接続します。</translation>
    </message>
</context>
<context>
    <name>banister::ApiJob</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒以内に完全な応答がありません</translation>
    </message>
</context>
<context>
    <name>banister::Applier</name>
    <message>
        <source>The apply journal cannot be written (%1); nothing was changed. Choose another journal file.</source>
        <translation>適用ジャーナルに書き込めません (%1)。何も変更されていません。別のジャーナルファイルを選択してください。</translation>
    </message>
    <message>
        <source>Not run: apply was canceled.</source>
        <translation>未実行: 適用がキャンセルされました。</translation>
    </message>
    <message>
        <source>Not run: an earlier step failed.</source>
        <translation>未実行: 前の手順が失敗しました。</translation>
    </message>
    <message>
        <source>No area &quot;%1&quot; in this Banister.</source>
        <translation>この Banister には領域「%1」がありません。</translation>
    </message>
    <message>
        <source>To do by hand: %1 (see the plan&apos;s instructions), then confirm it.</source>
        <translation>手作業で実施: %1 (計画の手順を参照)。完了したら確認してください。</translation>
    </message>
    <message>
        <source>Not run yet: the tenant&apos;s limit for this API is used up until %1; apply again after %1 to continue.</source>
        <translation>まだ実行されていません: この API のテナントの上限は %1 まで使い切られています。続行するには %1 以降にもう一度適用してください。</translation>
    </message>
</context>
<context>
    <name>banister::Area</name>
    <message>
        <source>This step has a call Banister cannot send by itself.</source>
        <translation>この手順には、Banister が単独では送信できない呼び出しが含まれています。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Already as planned.</source>
        <translation>すでにプランどおりです。</translation>
    </message>
</context>
<context>
    <name>banister::CallHold</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Waiting for the tenant&apos;s limit on data calls: the next call goes out in %1 (at %2).</source>
        <translation>テナントのデータ呼び出しの上限を待っています: 次の呼び出しは %1 後 (%2) に送信されます。</translation>
    </message>
    <message>
        <source>Waiting for the tenant&apos;s User Management limit: the next call goes out in %1 (at %2).</source>
        <translation>テナントの User Management の上限を待っています: 次の呼び出しは %1 後 (%2) に送信されます。</translation>
    </message>
    <message>
        <source>The tenant did not answer as expected (%1). Trying again in %2 (attempt %3).</source>
        <translation>テナントが想定どおりに応答しませんでした (%1)。%2 後に再試行します (%3 回目)。</translation>
    </message>
    <message>
        <source>The tenant asked Banister to wait (its rate limit, HTTP 429): the call goes out again in %1 (at %2).</source>
        <translation>テナントが待機を求めました (レート制限、HTTP 429): 呼び出しは %1 後 (%2) に再送信されます。</translation>
    </message>
</context>
<context>
    <name>banister::Capturer</name>
    <message>
        <source>The tenant&apos;s configuration could not be read: %1</source>
        <translation>テナントの設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile was made for &quot;%1&quot;, but this tenant is &quot;%2&quot;; pass --retarget to apply it here.</source>
        <translation>/tenant/subdomain: このプロファイルは「%1」用に作成されましたが、このテナントは「%2」です。ここに適用するには --retarget を指定してください。</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile was made for &quot;%1&quot;; applying it to &quot;%2&quot; (--retarget).</source>
        <translation>/tenant/subdomain: このプロファイルは「%1」用に作成されました。「%2」に適用します (--retarget)。</translation>
    </message>
    <message>
        <source>/layouts/%1: no layout named &quot;%2&quot; on this tenant; candidates: %3</source>
        <translation>/layouts/%1: このテナントに「%2」という名前のレイアウトはありません。候補: %3</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: no user with the email %2 on this tenant</source>
        <translation>/dashboard/principals/%1: このテナントにメールアドレス %2 のユーザーはいません</translation>
    </message>
</context>
<context>
    <name>banister::CheckList</name>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
</context>
<context>
    <name>banister::ConfirmationsBox</name>
    <message>
        <source>Confirm what Gainsight&apos;s public API cannot tell</source>
        <translation>Gainsight の公開 API では判別できないことを確認</translation>
    </message>
    <message>
        <source>The Gainsight CS subscription is &amp;active</source>
        <translation>Gainsight CS のサブスクリプションは有効(&amp;A)</translation>
    </message>
    <message>
        <source>There is a Staircase AI &amp;subscription</source>
        <translation>Staircase AI のサブスクリプションがある(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;I am an admin in Gainsight CS and a Staircase Admin in Staircase AI</source>
        <translation>Gainsight CS の管理者であり、Staircase AI の Staircase Admin である(&amp;I)</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Gainsight</source>
        <translation>Gainsight</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Decides how the integration is activated: with AI Follow-Up on, Gainsight Support upgrades the existing connection.</source>
        <translation>連携の有効化の方法を決めます。AI Follow-Up がオンの場合は、Gainsight サポートが既存の接続をアップグレードします。</translation>
    </message>
    <message>
        <source>This tenant answers only Gainsight&apos;s documented REST, which says nothing about subscriptions, your rights or the primary CRM. Check each where the article says and confirm it here; the profile and the report record your confirmation.</source>
        <translation>このテナントは Gainsight の公開されている REST にしか応答せず、サブスクリプション、あなたの権限、プライマリ CRM については何もわかりません。記事に書かれている場所でそれぞれを確認し、ここで確認済みにしてください。プロファイルとレポートにその確認が記録されます。</translation>
    </message>
    <message>
        <source>&amp;Primary CRM:</source>
        <translation>プライマリ CRM(&amp;P):</translation>
    </message>
    <message>
        <source>AI &amp;Follow-Up in Gainsight CS:</source>
        <translation>Gainsight CS の AI Follow-Up(&amp;F):</translation>
    </message>
</context>
<context>
    <name>banister::ConnectPage</name>
    <message>
        <source>Use &amp;sandbox tenant</source>
        <translation>サンドボックステナントを使用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Connect to your tenant</source>
        <translation>テナントへの接続</translation>
    </message>
    <message>
        <source>Banister reads and configures Gainsight CS and Staircase AI through their APIs. Enter where your tenant is and the keys of an admin, or try everything on the built-in sandbox tenant first.</source>
        <translation>Banister は API を通じて Gainsight CS と Staircase AI を読み取り、設定します。テナントの場所と管理者のキーを入力するか、まず内蔵のサンドボックステナントですべてをお試しください。</translation>
    </message>
    <message>
        <source>Start a simulated tenant on this computer, with seeded accounts and users</source>
        <translation>サンプルのアカウントとユーザーを含む模擬テナントをこのコンピューターで起動します</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Reads what the tenant already has (CRM tab, field mappings, Staircase roles, layouts, dashboard permissions) into every page, as a profile to review.</source>
        <translation>テナントの既存の設定 (CRM タブ、フィールドマッピング、Staircase ロール、レイアウト、ダッシュボードの権限) を各ページに読み込み、確認用のプロファイルにします。</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s current settings…</source>
        <translation>テナントの現在の設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Start from this tenant&apos;s current sett&amp;ings</source>
        <translation>このテナントの現在の設定から開始(&amp;I)</translation>
    </message>
    <message>
        <source>Connected to %1, another tenant than before: every page reads this tenant again. What you chose or entered stays, and the plan checks it against this tenant.</source>
        <translation>%1 に接続しました。前回とは別のテナントです。各ページはこのテナントを読み直します。選択・入力した内容はそのまま残り、計画がこのテナントに照らして確認します。</translation>
    </message>
</context>
<context>
    <name>banister::ConnectionForm</name>
    <message>
        <source>Show or hide the access key</source>
        <translation>アクセスキーの表示/非表示</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>トークンの表示/非表示</translation>
    </message>
    <message>
        <source>Re&amp;member the key and token in the system keychain</source>
        <translation>キーとトークンをシステムのキーチェーンに保存(&amp;M)</translation>
    </message>
    <message>
        <source>The subdomain Staircase&apos;s Gainsight card asks for, from the Gainsight URL (https://acme.gainsightcloud.com → acme). Change it if yours differs; a tenant that can say its own is checked on connecting.</source>
        <translation>Staircase の Gainsight カードが求めるサブドメインで、Gainsight URL から取り出したものです (https://acme.gainsightcloud.com → acme)。異なる場合は変更してください。自分のサブドメインを返せるテナントでは、接続時に確認されます。</translation>
    </message>
    <message>
        <source>Administration &gt; Connectors 2.0 &gt; Gainsight API &gt; Access Key</source>
        <translation>Administration &gt; Connectors 2.0 &gt; Gainsight API &gt; Access Key</translation>
    </message>
    <message>
        <source>Staircase: Settings &gt; API Tokens</source>
        <translation>Staircase: Settings &gt; API Tokens</translation>
    </message>
    <message>
        <source>&amp;Gainsight URL:</source>
        <translation>Gainsight URL(&amp;G):</translation>
    </message>
    <message>
        <source>Su&amp;bdomain:</source>
        <translation>サブドメイン(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>アクセスキー(&amp;A):</translation>
    </message>
    <message>
        <source>Stair&amp;case URL:</source>
        <translation>Staircase URL(&amp;C):</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API トークン(&amp;K):</translation>
    </message>
</context>
<context>
    <name>banister::ConnectionModel</name>
    <message>
        <source>Starting the sandbox tenant…</source>
        <translation>サンドボックステナントを起動しています…</translation>
    </message>
    <message>
        <source>The sandbox tenant (scenario &quot;%1&quot;) is running on this computer. Click Next to connect.</source>
        <translation>サンドボックステナント (シナリオ「%1」) がこのコンピューターで動作しています。「次へ」をクリックして接続してください。</translation>
    </message>
    <message>
        <source>Gainsight URL: %1</source>
        <translation>Gainsight URL: %1</translation>
    </message>
    <message>
        <source>Staircase URL: %1</source>
        <translation>Staircase URL: %1</translation>
    </message>
    <message>
        <source>Enter the Gainsight access key (Administration &gt; Connectors 2.0 &gt; Gainsight API).</source>
        <translation>Gainsight のアクセスキーを入力してください (Administration &gt; Connectors 2.0 &gt; Gainsight API)。</translation>
    </message>
    <message>
        <source>Enter the Staircase API token (Staircase: Settings &gt; API Tokens).</source>
        <translation>Staircase の API トークンを入力してください (Staircase: Settings &gt; API Tokens)。</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Gainsight: %1</source>
        <translation>Gainsight: %1</translation>
    </message>
    <message>
        <source>Gainsight: the tenant&apos;s answer lacks %1.</source>
        <translation>Gainsight: テナントの応答に %1 がありません。</translation>
    </message>
    <message>
        <source>Staircase: %1</source>
        <translation>Staircase: %1</translation>
    </message>
    <message>
        <source>The tenant did not answer cleanly; trying again in %1 s (attempt %2)…</source>
        <translation>テナントから正常な応答がありませんでした。%1 秒後に再試行します (%2 回目)…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>%2 として %1 に接続しました。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key and token are kept for this session only; you will be asked again next time.</source>
        <translation>システムのキーチェーンを使用できません (%1)。キーとトークンはこのセッション中のみ保持され、次回は再入力が必要です。</translation>
    </message>
    <message>
        <source>Connected to %1. It offers Gainsight&apos;s documented REST only: user roles and usernames are automated; the rest are guided steps you do by hand and confirm.</source>
        <translation>%1 に接続しました。Gainsight の公開されている REST のみを提供しています。ユーザーのロールとユーザー名は自動化され、それ以外は手作業で実施して確認するガイド付きのステップです。</translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain is &quot;%1&quot;, not &quot;%2&quot;; Banister uses the tenant&apos;s.</source>
        <translation>テナントのサブドメインは「%2」ではなく「%1」です。Banister はテナントのものを使います。</translation>
    </message>
</context>
<context>
    <name>banister::CrmArea</name>
    <message>
        <source>%1: waits for Staircase to be connected to Gainsight, which the activation step cannot do until the activation error above is fixed.</source>
        <translation>%1: Staircase が Gainsight に接続されるのを待っています。上記の有効化エラーを修正するまで、有効化の手順では接続できません。</translation>
    </message>
    <message>
        <source>%1: Staircase is not connected to Gainsight yet. Add the activation step to the profile, or connect first.</source>
        <translation>%1: Staircase はまだ Gainsight に接続されていません。プロファイルに有効化の手順を追加するか、先に接続してください。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Account sync off</source>
        <translation>アカウント同期オフ</translation>
    </message>
    <message>
        <source>Sync accounts where %1</source>
        <translation>%1 のアカウントを同期</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Sync all accounts</source>
        <translation>すべてのアカウントを同期</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>churned: %1</source>
        <translation>解約: %1</translation>
    </message>
    <message>
        <source>prospect: %1</source>
        <translation>見込み: %1</translation>
    </message>
    <message>
        <source>team hierarchy synced</source>
        <translation>チーム階層を同期</translation>
    </message>
    <message>
        <source>team hierarchy not synced</source>
        <translation>チーム階層を同期しない</translation>
    </message>
    <message>
        <source>call summaries uploaded</source>
        <translation>通話サマリーをアップロード</translation>
    </message>
    <message>
        <source>call summaries not uploaded</source>
        <translation>通話サマリーをアップロードしない</translation>
    </message>
    <message>
        <source>CRM sync: the live state could not be read: %1</source>
        <translation>CRM 同期: 現在の状態を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>/crm/filter/rows: &quot;Sync specific accounts&quot; needs at least one filter row</source>
        <translation>/crm/filter/rows: 「特定のアカウントを同期」にはフィルター行が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>/crm/filter/rows: at most %1 filter rows are allowed (the profile has %2)</source>
        <translation>/crm/filter/rows: フィルター行は最大 %1 行です (プロファイルには %2 行あります)</translation>
    </message>
    <message>
        <source>/crm/prospectStatuses/%1: &quot;%2&quot; cannot be both a churned and a prospect status</source>
        <translation>/crm/prospectStatuses/%1: 「%2」を解約ステータスと見込みステータスの両方にすることはできません</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (not on this tenant&apos;s Company object; removed since the profile was saved?)</source>
        <translation>%1: 不明なフィールド「%2」です (このテナントの Company オブジェクトにありません。プロファイルの保存後に削除されましたか?)</translation>
    </message>
    <message>
        <source>%1: filter row %2: %3 cannot be used in a filter</source>
        <translation>%1: フィルター行 %2: %3 はフィルターに使用できません</translation>
    </message>
    <message>
        <source>/crm/%1/%2: &quot;%3&quot; is not a Status value</source>
        <translation>/crm/%1/%2: 「%3」は Status の値ではありません</translation>
    </message>
    <message>
        <source>Sync %1 accounts to Staircase with the chosen options</source>
        <translation>選択したオプションで%1を Staircase に同期</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>the filtered</source>
        <translation>絞り込んだアカウント</translation>
    </message>
    <message>
        <source>Turn account sync off</source>
        <translation>アカウント同期をオフにする</translation>
    </message>
    <message>
        <source>not readable until Staircase is connected</source>
        <translation>Staircase が接続されるまで読み込めません</translation>
    </message>
    <message>
        <source>CRM sync settings read back equal to the profile</source>
        <translation>読み戻した CRM 同期設定がプロファイルと一致する</translation>
    </message>
    <message>
        <source>The tenant has: %1. The profile asks: %2.</source>
        <translation>テナントの状態: %1。プロファイルの指定: %2。</translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation>読み込めるものがありません</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>CRM 同期</translation>
    </message>
    <message>
        <source>CRM settings saved.</source>
        <translation>CRM 設定を保存しました。</translation>
    </message>
    <message>
        <source>CRM settings were already as chosen.</source>
        <translation>CRM 設定はすでに選択どおりでした。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>%1: filter row %2: %3</source>
        <translation>%1: フィルター行 %2: %3</translation>
    </message>
</context>
<context>
    <name>banister::CrmModel</name>
    <message>
        <source>Add at least one filter row, or choose &quot;Sync all accounts&quot;.</source>
        <translation>フィルター行を 1 つ以上追加するか、「すべてのアカウントを同期」を選択してください。</translation>
    </message>
    <message>
        <source>Filter row %1: choose a field.</source>
        <translation>フィルター行 %1: フィールドを選択してください。</translation>
    </message>
    <message>
        <source>Filter row %1: choose at least one value.</source>
        <translation>フィルター行 %1: 値を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Filter row %1: %2 is already filtered in row %3; pick its values there, or choose another field.</source>
        <translation>フィルター行 %1: %2 は行 %3 ですでにフィルターされています。値はそちらで選ぶか、別のフィールドを選んでください。</translation>
    </message>
    <message>
        <source>%1 was a prospect status and is now churned: a status is one or the other.</source>
        <translation>%1 は見込み客のステータスでしたが、解約に変わりました。ステータスはどちらか一方にしかなれません。</translation>
    </message>
    <message>
        <source>%1 was a churned status and is now a prospect status: a status is one or the other.</source>
        <translation>%1 は解約のステータスでしたが、見込み客に変わりました。ステータスはどちらか一方にしかなれません。</translation>
    </message>
    <message>
        <source>Filter row %1: %2.</source>
        <translation>フィルター行 %1: %2。</translation>
    </message>
    <message>
        <source>The CRM tab&apos;s current settings could not be read.</source>
        <translation>CRM タブの現在の設定を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>banister::CrmPage</name>
    <message>
        <source>&amp;Synchronize Gainsight accounts with Staircase AI</source>
        <translation>Gainsight のアカウントを Staircase AI と同期(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;all accounts</source>
        <translation>すべてのアカウントを同期(&amp;A)</translation>
    </message>
    <message>
        <source>Sync s&amp;pecific accounts</source>
        <translation>特定のアカウントを同期(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;dd row</source>
        <translation>行を追加(&amp;D)</translation>
    </message>
    <message>
        <source>Call summary &amp;upload: log every call summary to the Timeline automatically</source>
        <translation>通話サマリーのアップロード(&amp;U): すべての通話サマリーを自動的に Timeline に記録</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>CRM 同期</translation>
    </message>
    <message>
        <source>Which Gainsight accounts reach Staircase AI, and how their status and team structure are read.</source>
        <translation>どの Gainsight アカウントを Staircase AI に送るか、またそのステータスとチーム構成をどう読み取るかを設定します。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Matching accounts: counting…</source>
        <translation>該当するアカウント: 集計中…</translation>
    </message>
    <message>
        <source>Matching accounts: unknown</source>
        <translation>該当するアカウント: 不明</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; accounts match</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 件のアカウントが該当</translation>
    </message>
    <message>
        <source> · %1 of them have a churned or prospect status</source>
        <translation> · うち %1 件が解約または見込みステータス</translation>
    </message>
    <message>
        <source>Sync &amp;team members&apos; names and reporting structure from Gainsight</source>
        <translation>チームメンバーの名前とレポートライン(&amp;T)を Gainsight から同期</translation>
    </message>
    <message>
        <source>Sync an account when it &amp;matches</source>
        <translation>アカウントを同期する条件(&amp;M)</translation>
    </message>
    <message>
        <source>every row (AND)</source>
        <translation>すべての行に一致 (AND)</translation>
    </message>
    <message>
        <source>any row (OR)</source>
        <translation>いずれかの行に一致 (OR)</translation>
    </message>
    <message>
        <source>Rows combine with</source>
        <translation>行の組み合わせ</translation>
    </message>
    <message>
        <source>Within a row, an account matches any of the chosen values.</source>
        <translation>1 つの行の中では、選んだ値のいずれかを持つアカウントが一致します。</translation>
    </message>
</context>
<context>
    <name>banister::DashboardArea</name>
    <message>
        <source>Private (only the owner)</source>
        <translation>非公開 (所有者のみ)</translation>
    </message>
    <message>
        <source>Public: everyone can view</source>
        <translation>公開: 全員が閲覧可能</translation>
    </message>
    <message>
        <source>Public: everyone can view and edit</source>
        <translation>公開: 全員が閲覧・編集可能</translation>
    </message>
    <message>
        <source>Public: everyone can view and share</source>
        <translation>公開: 全員が閲覧・共有可能</translation>
    </message>
    <message>
        <source>Specific people</source>
        <translation>特定のユーザー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <source>Executive dashboard: the permissions could not be read: %1</source>
        <translation>エグゼクティブダッシュボード: 権限を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>/dashboard/principals: Only &quot;specific&quot; takes principals; remove them or choose &quot;specific&quot;.</source>
        <translation>/dashboard/principals: 対象者を指定できるのは「specific」のみです。対象者を削除するか、「specific」を選択してください。</translation>
    </message>
    <message>
        <source>/dashboard/principals: &quot;specific&quot; needs at least one user, role or group</source>
        <translation>/dashboard/principals: 「specific」にはユーザー、ロール、グループのいずれかが 1 つ以上必要です</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: No %2 &quot;%3&quot; on this tenant.</source>
        <translation>/dashboard/principals/%1: このテナントに %2「%3」はありません。</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: %2 &quot;%3&quot; is listed twice</source>
        <translation>/dashboard/principals/%1: %2「%3」が 2 回記載されています</translation>
    </message>
    <message>
        <source>Set who can open the Staircase Executive Dashboard</source>
        <translation>Staircase Executive Dashboard を開けるユーザーを設定</translation>
    </message>
    <message>
        <source>Executive dashboard permissions read back equal to the profile</source>
        <translation>読み戻したエグゼクティブダッシュボードの権限がプロファイルと一致する</translation>
    </message>
    <message>
        <source>the type is %1, the profile asks %2</source>
        <translation>種類は %1 ですが、プロファイルの指定は %2 です</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>not in the profile: %1</source>
        <translation>プロファイルにない: %1</translation>
    </message>
    <message>
        <source>the principals are in another order</source>
        <translation>対象者の順序が異なります</translation>
    </message>
    <message>
        <source>Executive dashboard</source>
        <translation>エグゼクティブダッシュボード</translation>
    </message>
    <message>
        <source>Dashboard permissions saved.</source>
        <translation>ダッシュボードの権限を保存しました。</translation>
    </message>
    <message>
        <source>The dashboard permissions were already as chosen.</source>
        <translation>ダッシュボードの権限はすでに選択どおりでした。</translation>
    </message>
</context>
<context>
    <name>banister::DashboardModel</name>
    <message>
        <source>Private: no one but the creator has access.</source>
        <translation>非公開: 作成者以外はアクセスできません。</translation>
    </message>
    <message>
        <source>Public: anyone with access to Dashboards can view it.</source>
        <translation>公開: Dashboards にアクセスできるユーザーは誰でも閲覧できます。</translation>
    </message>
    <message>
        <source>Public – View &amp; Edit: anyone with access to Dashboards can view it; anyone with access to the Dashboard Builder can edit it.</source>
        <translation>公開 – 閲覧と編集: Dashboards にアクセスできるユーザーは閲覧、Dashboard Builder にアクセスできるユーザーは編集が可能。</translation>
    </message>
    <message>
        <source>Public – View &amp; Share: anyone with access to Dashboards can view and share it.</source>
        <translation>公開 – 閲覧と共有: Dashboards にアクセスできるユーザーは誰でも閲覧・共有できます。</translation>
    </message>
    <message>
        <source>Specific people: only the users, roles and groups you choose.</source>
        <translation>特定のユーザー: 選択したユーザー、ロール、グループのみ。</translation>
    </message>
    <message>
        <source>System Administrator keeps access to the dashboard.</source>
        <translation>System Administrator はダッシュボードへのアクセスを保持します。</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>グループ: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>ロール: %1</translation>
    </message>
</context>
<context>
    <name>banister::DashboardPage</name>
    <message>
        <source>Executive dashboard</source>
        <translation>エグゼクティブダッシュボード</translation>
    </message>
    <message>
        <source>Who can open the Staircase Executive Dashboard (Dashboard Builder › System folder). By default only System Administrator has access.</source>
        <translation>Staircase Executive Dashboard (Dashboard Builder › System フォルダー) を開けるユーザーを設定します。既定では System Administrator のみアクセスできます。</translation>
    </message>
</context>
<context>
    <name>banister::Engine</name>
    <message>
        <source>The profile manages no area yet: there is nothing to plan.</source>
        <translation>プロファイルが管理する領域がまだないため、計画するものがありません。</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsArea</name>
    <message>
        <source>Field mappings: the live state could not be read: %1</source>
        <translation>フィールドマッピング: 現在の状態を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: %2 is mapped twice</source>
        <translation>/fieldMappings/%1/staircaseField: %2 が 2 回マッピングされています</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/gainsightField: Gainsight has no Company field &quot;%2&quot; (removed since the profile was saved?)</source>
        <translation>/fieldMappings/%1/gainsightField: Gainsight に Company フィールド「%2」はありません (プロファイルの保存後に削除されましたか?)</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: Staircase has no account field &quot;%2&quot;</source>
        <translation>/fieldMappings/%1/staircaseField: Staircase にアカウントフィールド「%2」はありません</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: Staircase has no account field &quot;%2&quot; among its standard fields; custom fields can be mapped once Staircase is connected</source>
        <translation>/fieldMappings/%1/staircaseField: Staircase の標準フィールドにアカウントフィールド「%2」はありません。カスタムフィールドは Staircase の接続後にマッピングできます</translation>
    </message>
    <message>
        <source>/fieldMappings/%1: %2 is mapped out of the box to %3 and cannot be changed</source>
        <translation>/fieldMappings/%1: %2 は標準で %3 にマッピングされており、変更できません</translation>
    </message>
    <message>
        <source>/fieldMappings/%1: %2</source>
        <translation>/fieldMappings/%1: %2</translation>
    </message>
    <message>
        <source>%1 is not mapped; Staircase needs it to work properly.</source>
        <translation>%1 がマッピングされていません。Staircase が正しく動作するには必要です。</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation>マッピングなし</translation>
    </message>
    <message numerus="yes">
        <source>Map %n Staircase account field(s) to Gainsight fields</source>
        <translation>
            <numerusform>Staircase のアカウントフィールド %n 個を Gainsight のフィールドにマッピング</numerusform>
        </translation>
    </message>
    <message>
        <source>not readable until Staircase is connected</source>
        <translation>Staircase が接続されるまで読み込めません</translation>
    </message>
    <message>
        <source>Field mappings read back equal to the profile</source>
        <translation>読み戻したフィールドマッピングがプロファイルと一致する</translation>
    </message>
    <message>
        <source>No mappings.</source>
        <translation>マッピングはありません。</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>フィールドマッピング</translation>
    </message>
    <message>
        <source>Field mappings saved.</source>
        <translation>フィールドマッピングを保存しました。</translation>
    </message>
    <message>
        <source>Field mappings were already as chosen.</source>
        <translation>フィールドマッピングはすでに選択どおりでした。</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsModel</name>
    <message>
        <source>CRM Account ID</source>
        <translation>CRM アカウント ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>親アカウント</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>収益</translation>
    </message>
    <message>
        <source>Renewal Date</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Journey Stage</source>
        <translation>ジャーニーステージ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Staircase has no account field &quot;%1&quot;.</source>
        <translation>Staircase にアカウントフィールド「%1」はありません。</translation>
    </message>
    <message>
        <source>%1 is mapped out of the box and cannot be changed.</source>
        <translation>%1 は標準でマッピングされており、変更できません。</translation>
    </message>
    <message>
        <source>Gainsight has no Company field &quot;%1&quot;.</source>
        <translation>Gainsight に Company フィールド「%1」はありません。</translation>
    </message>
    <message>
        <source>The Gainsight field %1 already feeds the Staircase field %2; each Gainsight field maps to one Staircase field.</source>
        <translation>Gainsight のフィールド %1 はすでに Staircase のフィールド %2 にマッピングされています。Gainsight の各フィールドは 1 つの Staircase フィールドにのみマッピングできます。</translation>
    </message>
    <message>
        <source>Map Tier: it is the most important field for Staircase.</source>
        <translation>Tier をマッピングしてください。Staircase にとって最も重要なフィールドです。</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— 未マッピング —</translation>
    </message>
    <message>
        <source>custom field; checked once Staircase is connected</source>
        <translation>カスタムフィールド。Staircase の接続後にチェックされます</translation>
    </message>
    <message>
        <source>mapped out of the box</source>
        <translation>標準でマッピング済み</translation>
    </message>
    <message>
        <source>required · most important</source>
        <translation>必須 · 最重要</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>The integration maps %1 itself; it cannot be changed.</source>
        <translation>%1 は連携機能自体がマッピングするため、変更できません。</translation>
    </message>
    <message>
        <source>Tier drives Staircase&apos;s account prioritisation. It must be a single-select picklist.</source>
        <translation>Tier は Staircase でのアカウントの優先順位付けに使われます。単一選択の選択リストである必要があります。</translation>
    </message>
    <message>
        <source>Staircase field</source>
        <translation>Staircase フィールド</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Gainsight field</source>
        <translation>Gainsight フィールド</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsPage</name>
    <message>
        <source>— not mapped —</source>
        <translation>— 未マッピング —</translation>
    </message>
    <message>
        <source>&amp;Unmap selected field</source>
        <translation>選択したフィールドのマッピングを解除(&amp;U)</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>フィールドマッピング</translation>
    </message>
    <message>
        <source>What Staircase knows about each account. Tier matters most; Revenue, Renewal Date and Journey Stage are needed too. Double-click a Gainsight field to change it.</source>
        <translation>Staircase が各アカウントについて把握する情報です。最も重要なのは Tier で、収益、更新日、ジャーニーステージも必要です。Gainsight フィールドをダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Staircase is not connected yet, so these are the standard account fields from the integration guide. Custom Staircase fields appear here once it is connected.</source>
        <translation>Staircase がまだ接続されていないため、連携ガイドの標準アカウントフィールドを表示しています。Staircase のカスタムフィールドは接続後にここに表示されます。</translation>
    </message>
    <message>
        <source>Arrow keys choose a row; F2 changes its Gainsight field.</source>
        <translation>矢印キーで行を選び、F2 でその Gainsight フィールドを変更します。</translation>
    </message>
</context>
<context>
    <name>banister::FilterRowWidget</name>
    <message>
        <source>Remove this filter</source>
        <translation>このフィルターを削除</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>フィールドを選択…</translation>
    </message>
    <message>
        <source>Numbers, separated by commas</source>
        <translation>数値 (カンマ区切り)</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD, separated by commas</source>
        <translation>日付 (YYYY-MM-DD 形式、カンマ区切り)</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>値 (カンマ区切り)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>値を読み込んでいます…</translation>
    </message>
    <message>
        <source>Choose values…</source>
        <translation>値を選択…</translation>
    </message>
    <message>
        <source>Filter %1: field</source>
        <translation>フィルター %1: フィールド</translation>
    </message>
    <message>
        <source>Filter %1: values</source>
        <translation>フィルター %1: 値</translation>
    </message>
    <message>
        <source>Several values separated by commas</source>
        <translation>複数の値はカンマで区切ります</translation>
    </message>
    <message>
        <source>and</source>
        <comment>between low and high</comment>
        <translation>～</translation>
    </message>
    <message>
        <source>Filter %1: operator</source>
        <translation>フィルター %1: 演算子</translation>
    </message>
    <message>
        <source>Filter %1: upper value</source>
        <translation>フィルター %1: 上限値</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD</source>
        <translation>日付 (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>banister::FinishPage</name>
    <message>
        <source>&amp;Export setup report…</source>
        <translation>セットアップレポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save &amp;profile…</source>
        <translation>プロファイルを保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Keep a setup report as evidence of what was configured, and the profile to set up the next tenant the same way.</source>
        <translation>設定内容の記録としてセットアップレポートを、次のテナントを同じように設定するためにプロファイルを保存しておきましょう。</translation>
    </message>
    <message>
        <source>Export setup report</source>
        <translation>セットアップレポートのエクスポート</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML レポート (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF レポート (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Markdown レポート (*.md)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON レポート (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Nothing was configured on %1: Salesforce is its primary CRM, so Staircase AI is integrated directly with Salesforce. Export the report to keep a record of why.</source>
        <translation>%1 では何も設定されていません。プライマリ CRM が Salesforce のため、Staircase AI は Salesforce と直接連携します。理由を記録に残すにはレポートをエクスポートしてください。</translation>
    </message>
    <message>
        <source>The integration is set up on %1 and every check passed.</source>
        <translation>%1 で連携が設定され、すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>%1 change(s) applied; %2 verification check(s) failed.</source>
        <translation>%1 件の変更を適用しました。%2 件の検証チェックが不合格です。</translation>
    </message>
    <message>
        <source>&amp;Undo this apply…</source>
        <translation>この適用を取り消す(&amp;U)…</translation>
    </message>
    <message>
        <source>Shows the reverse of this apply on the Review page: what is put back, and what cannot be undone. Nothing changes until you click Apply there.</source>
        <translation>この適用を逆にした内容を「確認と適用」ページに表示します (元に戻す内容と、取り消せない内容)。そこで「適用」をクリックするまで何も変更されません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) applied; %n step(s) by hand not yet confirmed (tick Done on the Review page once done).</source>
        <translation>
            <numerusform>%1 件の変更を適用しました。手作業のステップ %n 件が未確認です (完了したら確認と適用のページで完了にチェックを入れてください)。</numerusform>
        </translation>
    </message>
    <message>
        <source>What to expect next:</source>
        <translation>この後の流れ:</translation>
    </message>
</context>
<context>
    <name>banister::LayoutPage</name>
    <message>
        <source>&amp;Add to layout</source>
        <translation>レイアウトに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>C360 / P360 layouts</source>
        <translation>C360 / P360 レイアウト</translation>
    </message>
    <message>
        <source>Show Staircase AI insights inside Gainsight: put the Staircase AI section into the 360 layouts. Drag it from the palette into a layout, or use Add and Move.</source>
        <translation>Gainsight 内に Staircase AI のインサイトを表示します。Staircase AI セクションを 360 レイアウトに配置してください。パレットからレイアウトにドラッグするか、追加ボタンと上へ・下へボタンを使います。</translation>
    </message>
    <message>
        <source>Staircase AI</source>
        <translation>Staircase AI</translation>
    </message>
    <message>
        <source>Drag into a layout&apos;s sections</source>
        <translation>レイアウトのセクションにドラッグ</translation>
    </message>
    <message>
        <source>Layouts (tick to include):</source>
        <translation>レイアウト (対象にチェック):</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>パレット:</translation>
    </message>
    <message>
        <source>Sections of the selected layout:</source>
        <translation>選択したレイアウトのセクション:</translation>
    </message>
    <message>
        <source>Section &amp;label:</source>
        <translation>セクションのラベル(&amp;L):</translation>
    </message>
    <message>
        <source>The Staircase AI section joins Gainsight&apos;s palette once Staircase is connected; Banister places it right after connecting when you apply.</source>
        <translation>Staircase AI セクションは、Staircase の接続後に Gainsight のパレットに追加されます。適用時、Banister は接続直後にセクションを配置します。</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current layout.</source>
        <translation>スペースキーで現在のレイアウトのチェックを切り替えます。</translation>
    </message>
    <message>
        <source>Drag into a layout&apos;s sections, or use Add to layout.</source>
        <translation>レイアウトのセクションにドラッグするか、「レイアウトに追加」を使います。</translation>
    </message>
    <message>
        <source>Layout name, as under Administration &gt; 360 Layouts</source>
        <translation>レイアウト名 (Administration &gt; 360 Layouts での表記)</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>レイアウト名</translation>
    </message>
    <message>
        <source>Gainsight&apos;s public API cannot list or change 360 layouts: name each layout that gets the Staircase AI section, choose its position and label, and the Review page lists the clicks to do it by hand.</source>
        <translation>Gainsight の公開 API では 360 レイアウトの一覧表示も変更もできません。Staircase AI セクションを追加する各レイアウトの名前を入力し、位置とラベルを選ぶと、確認と適用のページに手作業で行うクリック手順が表示されます。</translation>
    </message>
    <message>
        <source>Add la&amp;yout</source>
        <translation>レイアウトを追加(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Remove from layout</source>
        <translation>レイアウトから削除(&amp;R)</translation>
    </message>
    <message>
        <source>Leave this layout out: Banister will not place the section there</source>
        <translation>このレイアウトを外します。Banister はここにセクションを配置しません</translation>
    </message>
</context>
<context>
    <name>banister::LayoutPreview</name>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Find an account by name</source>
        <translation>名前でアカウントを検索</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>見つかったアカウント</translation>
    </message>
    <message>
        <source>Layout preview</source>
        <translation>レイアウトのプレビュー</translation>
    </message>
    <message>
        <source>Find an account and click Preview to see this layout with its data, the Staircase AI section where you put it.</source>
        <translation>アカウントを検索して [プレビュー] をクリックすると、このレイアウトをデータ付きで、Staircase AI セクションを置いた位置に表示します。</translation>
    </message>
</context>
<context>
    <name>banister::LayoutsArea</name>
    <message>
        <source>360 layouts: the live state could not be read: %1</source>
        <translation>360 レイアウト: 現在の状態を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>/layouts/%1/sectionLabel: the Staircase AI section needs a label</source>
        <translation>/layouts/%1/sectionLabel: Staircase AI セクションにはラベルが必要です</translation>
    </message>
    <message>
        <source>/layouts/%1/sectionLabel: the label is longer than %2 characters</source>
        <translation>/layouts/%1/sectionLabel: ラベルが %2 文字を超えています</translation>
    </message>
    <message>
        <source>/layouts/%1: layout &quot;%2&quot; no longer exists on this tenant; it is skipped.</source>
        <translation>/layouts/%1: レイアウト「%2」はこのテナントに存在しないため、スキップします。</translation>
    </message>
    <message>
        <source>Place &quot;%1&quot; at position %2 in %3</source>
        <translation>「%1」を %3 の %2 番目に配置</translation>
    </message>
    <message>
        <source>%1 changed on the tenant since the plan was made; review the plan again.</source>
        <translation>プランの作成後にテナント上で %1 が変更されました。プランをもう一度確認してください。</translation>
    </message>
    <message>
        <source>Staircase AI section in %1</source>
        <translation>%1 の Staircase AI セクション</translation>
    </message>
    <message>
        <source>Not in the layout.</source>
        <translation>レイアウトにありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2.</source>
        <translation>「%1」が %2 番目にあります。</translation>
    </message>
    <message>
        <source>360 layouts</source>
        <translation>360 レイアウト</translation>
    </message>
    <message>
        <source>Layout saved.</source>
        <translation>レイアウトを保存しました。</translation>
    </message>
    <message>
        <source>The layout already had the section there.</source>
        <translation>レイアウトのその位置にはすでにセクションがありました。</translation>
    </message>
</context>
<context>
    <name>banister::LayoutsModel</name>
    <message>
        <source>Choose at least one layout for the Staircase AI section.</source>
        <translation>Staircase AI セクションを配置するレイアウトを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>The section needs a label.</source>
        <translation>セクションにはラベルが必要です。</translation>
    </message>
    <message>
        <source>A label has at most 80 characters.</source>
        <translation>ラベルは 80 文字以内です。</translation>
    </message>
    <message>
        <source>Staircase AI insights for %1, once the plan is applied</source>
        <translation>%1 の Staircase AI インサイト (プランの適用後)</translation>
    </message>
</context>
<context>
    <name>banister::ManualGuide</name>
    <message>
        <source>cannot be read through Gainsight&apos;s public API</source>
        <translation>Gainsight の公開 API では読み取れません</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>依頼: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>連絡先: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to upgrade the connection</source>
        <translation>Gainsight サポートに接続のアップグレードを依頼</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to enable the Staircase integration</source>
        <translation>Gainsight サポートに Staircase 連携の有効化を依頼</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request, completed by Gainsight Support</source>
        <translation>Gainsight サポートが完了した「%1」の依頼</translation>
    </message>
    <message>
        <source>AI Follow-Up is on in Gainsight CS: contact Gainsight Support and ask them to upgrade the connection to Staircase AI.</source>
        <translation>Gainsight CS で AI Follow-Up がオンです。Gainsight サポートに連絡し、Staircase AI への接続のアップグレードを依頼してください。</translation>
    </message>
    <message>
        <source>Wait until Support confirms the upgrade is done.</source>
        <translation>アップグレードの完了をサポートが確認するまで待ちます。</translation>
    </message>
    <message>
        <source>Contact Gainsight Support and request the Staircase integration; it links Gainsight with your Staircase tenant.</source>
        <translation>Gainsight サポートに連絡して Staircase 連携を依頼します。これにより Gainsight と Staircase テナントが結び付けられます。</translation>
    </message>
    <message>
        <source>Wait until Support confirms the integration is enabled.</source>
        <translation>連携が有効になったことをサポートが確認するまで待ちます。</translation>
    </message>
    <message>
        <source>(your Gainsight subdomain)</source>
        <translation>(お使いの Gainsight サブドメイン)</translation>
    </message>
    <message>
        <source>Connect Staircase to Gainsight (subdomain &quot;%1&quot;)</source>
        <translation>Staircase を Gainsight に接続 (サブドメイン「%1」)</translation>
    </message>
    <message>
        <source>connected to &quot;%1&quot;</source>
        <translation>「%1」に接続済み</translation>
    </message>
    <message>
        <source>Log in to Staircase as an Admin (a Gainsight CS admin who is a Staircase Admin).</source>
        <translation>Staircase に Admin としてログインします (Staircase Admin でもある Gainsight CS 管理者)。</translation>
    </message>
    <message>
        <source>Navigate to Settings &gt; Integrations.</source>
        <translation>Settings &gt; Integrations に移動します。</translation>
    </message>
    <message>
        <source>Click the Gainsight card.</source>
        <translation>Gainsight カードをクリックします。</translation>
    </message>
    <message>
        <source>Click Connect. The Gainsight login page appears.</source>
        <translation>Connect をクリックします。Gainsight のログインページが表示されます。</translation>
    </message>
    <message>
        <source>Enter the Gainsight credentials; Gainsight gets connected to the Staircase instance and the CRM, Account Fields and Users tabs appear.</source>
        <translation>Gainsight の認証情報を入力します。Gainsight が Staircase インスタンスに接続され、CRM、Account Fields、Users の各タブが表示されます。</translation>
    </message>
    <message>
        <source>Gainsight subdomain: %1
Gainsight URL: %2</source>
        <translation>Gainsight サブドメイン: %1
Gainsight URL: %2</translation>
    </message>
    <message>
        <source>Synchronize Gainsight accounts with Staircase AI: %1</source>
        <translation>Gainsight のアカウントを Staircase AI と同期: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Filter accounts to sync into Staircase AI: %1</source>
        <translation>Staircase AI に同期するアカウントを絞り込む: %1</translation>
    </message>
    <message>
        <source>Sync specific accounts</source>
        <translation>特定のアカウントを同期</translation>
    </message>
    <message>
        <source>Sync all accounts</source>
        <translation>すべてのアカウントを同期</translation>
    </message>
    <message>
        <source>Churned statuses: %1</source>
        <translation>解約済みのステータス: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Prospect statuses: %1</source>
        <translation>見込み客のステータス: %1</translation>
    </message>
    <message>
        <source>Sync team member&apos;s names and reporting structure: %1</source>
        <translation>チームメンバーの名前とレポートラインを同期: %1</translation>
    </message>
    <message>
        <source>Call summary upload: %1</source>
        <translation>通話サマリーのアップロード: %1</translation>
    </message>
    <message>
        <source>Set Staircase&apos;s CRM tab</source>
        <translation>Staircase の CRM タブを設定</translation>
    </message>
    <message>
        <source>In Staircase, navigate to Settings &gt; Integrations and click the Gainsight card.</source>
        <translation>Staircase で Settings &gt; Integrations に移動し、Gainsight カードをクリックします。</translation>
    </message>
    <message>
        <source>On the CRM tab, set each option as listed below; for Sync specific accounts choose each row&apos;s Field and Values (Add row for the next one).</source>
        <translation>CRM タブで各オプションを以下のとおりに設定します。Sync specific accounts では各行の Field と Values を選びます (次の行は Add row)。</translation>
    </message>
    <message>
        <source>Check that the count at the bottom of the page matches the count Banister showed.</source>
        <translation>ページ下部の件数が Banister の表示した件数と一致することを確認します。</translation>
    </message>
    <message>
        <source>Click Update to save the changes, then Save.</source>
        <translation>Update をクリックして変更を保存し、続けて Save をクリックします。</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message numerus="yes">
        <source>Map %n Staircase account field(s) to Gainsight fields</source>
        <translation>
            <numerusform>%n 個の Staircase アカウント フィールドを Gainsight フィールドにマッピング</numerusform>
        </translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation>マッピングなし</translation>
    </message>
    <message>
        <source>In Staircase, navigate to Settings &gt; Configuration &gt; Account Fields.</source>
        <translation>Staircase で Settings &gt; Configuration &gt; Account Fields に移動します。</translation>
    </message>
    <message>
        <source>For each Staircase field below, choose the Gainsight field it is mapped from.</source>
        <translation>以下の各 Staircase フィールドについて、マッピング元の Gainsight フィールドを選びます。</translation>
    </message>
    <message>
        <source>Save.</source>
        <translation>保存します (Save)。</translation>
    </message>
    <message>
        <source>Check the Staircase option, single sign-on and permission bundles</source>
        <translation>Staircase の項目、シングル サインオン、権限バンドルを確認</translation>
    </message>
    <message>
        <source>the Staircase option in the apps menu, SSO working, bundles assigned</source>
        <translation>アプリ メニューに Staircase の項目、SSO が動作、バンドルが割り当て済み</translation>
    </message>
    <message>
        <source>In the Gainsight apps menu, verify that the Staircase option appears.</source>
        <translation>Gainsight のアプリ メニューに Staircase の項目が表示されることを確認します。</translation>
    </message>
    <message>
        <source>Open Staircase from the apps menu as one of the assigned users: single sign-on must work without a second login.</source>
        <translation>割り当てたユーザーの 1 人としてアプリ メニューから Staircase を開きます。2 回目のログインなしでシングル サインオンが機能する必要があります。</translation>
    </message>
    <message>
        <source>In Administration &gt; Users and Permissions, verify that users with a Staircase role have the Default Staircase Full Permissions (Full license) or Default Staircase Viewer Plus Permissions (Viewer Plus) bundle, holding Insights &gt; Staircase Communication, Insights &gt; Staircase AI Reports and Settings &gt; Staircase AI Setting.</source>
        <translation>Administration &gt; Users and Permissions で、Staircase ロールを持つユーザーに Default Staircase Full Permissions (Full ライセンス) または Default Staircase Viewer Plus Permissions (Viewer Plus) バンドルがあり、Insights &gt; Staircase Communication、Insights &gt; Staircase AI Reports、Settings &gt; Staircase AI Setting が含まれていることを確認します。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) assigned a Staircase role</source>
        <translation>
            <numerusform>Staircase ロールを割り当てたユーザー %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the Staircase AI section to %1</source>
        <translation>%1 に Staircase AI セクションを追加</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2</source>
        <translation>「%1」(位置 %2)</translation>
    </message>
    <message>
        <source>Navigate to Administration &gt; 360 Layouts &gt; C360/P360 and open the layout %1.</source>
        <translation>Administration &gt; 360 Layouts &gt; C360/P360 に移動し、レイアウト %1 を開きます。</translation>
    </message>
    <message>
        <source>In the Configure sections tab, drag and drop the Staircase AI section from the left pane to position %1 (counted from the top).</source>
        <translation>Configure sections タブで、左側のペインから Staircase AI セクションを上から数えて %1 番目の位置にドラッグ アンド ドロップします。</translation>
    </message>
    <message>
        <source>Click the section and rename it to &quot;%1&quot;.</source>
        <translation>セクションをクリックし、名前を「%1」に変更します。</translation>
    </message>
    <message>
        <source>(Optional) Click Preview, then select a record to view a preview of the layout.</source>
        <translation>(省略可) Preview をクリックし、レコードを選んでレイアウトのプレビューを表示します。</translation>
    </message>
    <message>
        <source>Click Save to apply changes.</source>
        <translation>Save をクリックして変更を適用します。</translation>
    </message>
    <message>
        <source>Layout: %1
Section: Staircase AI
Label: %2
Position: %3</source>
        <translation>レイアウト: %1
セクション: Staircase AI
ラベル: %2
位置: %3</translation>
    </message>
    <message>
        <source>Set who can open the Staircase Executive Dashboard</source>
        <translation>Staircase Executive Dashboard を開けるユーザーを設定</translation>
    </message>
    <message>
        <source>Navigate to Administration &gt; Dashboard Builder &gt; Dashboard List.</source>
        <translation>Administration &gt; Dashboard Builder &gt; Dashboard List に移動します。</translation>
    </message>
    <message>
        <source>Open the System folder and locate the Staircase Executive Dashboard.</source>
        <translation>System フォルダーを開き、Staircase Executive Dashboard を見つけます。</translation>
    </message>
    <message>
        <source>From the three-vertical dots menu, click Manage Permissions.</source>
        <translation>縦に 3 つ並んだ点のメニューから Manage Permissions をクリックします。</translation>
    </message>
    <message>
        <source>Select the permission type and the people below, then save.</source>
        <translation>権限の種類と以下のユーザーを選び、保存します。</translation>
    </message>
    <message>
        <source>Confirmed by the admin (%1, %2); no public API can read it back.</source>
        <translation>管理者が確認済み (%1、%2)。公開 API では読み戻せません。</translation>
    </message>
    <message>
        <source>Not yet confirmed: do it by hand as the plan describes, then confirm it (Done on the Review page, or banister-cli apply --confirm %1).</source>
        <translation>未確認: 計画の説明どおりに手作業で実施し、確認してください (確認と適用のページの完了、または banister-cli apply --confirm %1)。</translation>
    </message>
    <message>
        <source>Staircase syncs CRM data from Gainsight about every 2 hours: the accounts appear in Staircase after the first sync, expected by %1.</source>
        <translation>Staircase は約 2 時間ごとに Gainsight から CRM データを同期します。アカウントは最初の同期の後に Staircase に表示されます (%1 までの見込み)。</translation>
    </message>
    <message>
        <source>On its first sync Staircase fetches 12 months of history.</source>
        <translation>最初の同期では、Staircase は 12 か月分の履歴を取得します。</translation>
    </message>
    <message>
        <source>Data retention is changed through your Staircase account team, not in either admin console.</source>
        <translation>データの保持期間は、どちらの管理コンソールでもなく、Staircase のアカウント チームを通じて変更します。</translation>
    </message>
    <message>
        <source>  Row %1: %2</source>
        <translation>  行 %1: %2</translation>
    </message>
    <message>
        <source>  An account is synced when any row matches (OR).</source>
        <translation>  いずれかの行に一致するアカウントが同期されます (OR)。</translation>
    </message>
    <message>
        <source>  An account is synced when every row matches (AND).</source>
        <translation>  すべての行に一致するアカウントが同期されます (AND)。</translation>
    </message>
    <message>
        <source>Staircase&apos;s CRM tab, as documented, picks a Field and the Values it is, rows combined by AND; rows with another operator or combined by OR may not be possible there. Check the count Staircase shows before confirming.</source>
        <translation>ドキュメントによると、Staircase の CRM タブではフィールド (Field) とその値 (Values) を選び、行は AND で組み合わされます。ほかの演算子の行や OR の組み合わせはそこでは設定できない場合があります。確認する前に Staircase が表示する件数を確かめてください。</translation>
    </message>
</context>
<context>
    <name>banister::ManualStepsPanel</name>
    <message>
        <source>Cop&amp;y what to enter</source>
        <translation>入力内容をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Open the admin &amp;page</source>
        <translation>管理ページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Steps to do by hand; tick Done when a step is done</source>
        <translation>手作業のステップ。ステップが完了したら完了にチェックを入れてください</translation>
    </message>
    <message>
        <source>By hand in Gainsight or Staircase: %1 of %2 done</source>
        <translation>Gainsight または Staircase で手作業: %2 件中 %1 件完了</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>What to enter:</source>
        <translation>入力する内容:</translation>
    </message>
</context>
<context>
    <name>banister::PlanModel</name>
    <message numerus="yes">
        <source>%1 (+ %n more)</source>
        <translation>
            <numerusform>%1 (他 %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
…他 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the profile with the live tenant…</source>
        <translation>プロファイルを稼働中のテナントと比較しています…</translation>
    </message>
    <message>
        <source>The profile cannot be applied to this tenant as it is; see the errors below.</source>
        <translation>このプロファイルはこのままではこのテナントに適用できません。下記のエラーを参照してください。</translation>
    </message>
    <message>
        <source>Nothing to change: the tenant already matches every setting.</source>
        <translation>変更はありません: テナントはすでにすべての設定と一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), %1 on a real tenant at its documented rate limits. </source>
        <translation>
            <numerusform>%n 件の変更。実際のテナントでは、公表されたレート制限のもとで%1かかります。</numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n 件の変更)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>done</source>
        <comment>step status</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>step status</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>step status</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The apply cannot be undone as it is: the tenant changed since; see the errors below.</source>
        <translation>その後テナントが変更されたため、この適用はこのままでは取り消せません。下記のエラーを参照してください。</translation>
    </message>
    <message>
        <source>Nothing to undo: the tenant is already as it was before the apply.</source>
        <translation>取り消すものはありません: テナントはすでに適用前の状態です。</translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n change(s) put the tenant back as it was before the apply; what cannot be undone is listed below.</source>
        <translation>
            <numerusform>取り消し: %n 件の変更でテナントを適用前の状態に戻します。取り消せないものは下記のとおりです。</numerusform>
        </translation>
    </message>
    <message>
        <source>by hand</source>
        <comment>step status</comment>
        <translation>手作業</translation>
    </message>
    <message>
        <source>%1 automated, %2 by hand (Gainsight&apos;s public API cannot do them). </source>
        <translation>自動 %1 件、手作業 %2 件 (Gainsight の公開 API では実行できません)。</translation>
    </message>
</context>
<context>
    <name>banister::PlanView</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Each area with its steps, before and after; arrow keys open an area.</source>
        <translation>領域ごとの手順と変更前・変更後。矢印キーで領域を開きます。</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesArea</name>
    <message>
        <source>Prerequisites could not be checked: %1</source>
        <translation>前提条件をチェックできませんでした: %1</translation>
    </message>
    <message>
        <source>the tenant did not answer.</source>
        <translation>テナントから応答がありませんでした。</translation>
    </message>
    <message>
        <source>Prerequisite not met — %1: %2</source>
        <translation>前提条件を満たしていません — %1: %2</translation>
    </message>
    <message>
        <source>Prerequisites have no step %1.</source>
        <translation>前提条件に手順 %1 はありません。</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Prerequisite not confirmed — %1: %2</source>
        <translation>前提条件が未確認 — %1: %2</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesModel</name>
    <message>
        <source>Active Gainsight CS subscription</source>
        <translation>有効な Gainsight CS サブスクリプション</translation>
    </message>
    <message>
        <source>Staircase AI subscription</source>
        <translation>Staircase AI サブスクリプション</translation>
    </message>
    <message>
        <source>Admin access to both platforms</source>
        <translation>両プラットフォームの管理者権限</translation>
    </message>
    <message>
        <source>Gainsight is the primary CRM</source>
        <translation>Gainsight がプライマリ CRM</translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation>チェックできませんでした。</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>チェックできませんでした: %1</translation>
    </message>
    <message>
        <source>Fix the error above, then Retry.</source>
        <translation>上記のエラーを修正してから「再試行」をクリックしてください。</translation>
    </message>
    <message>
        <source>Contact your Gainsight representative.</source>
        <translation>Gainsight の担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>%1 has an active Gainsight CS subscription.</source>
        <translation>%1 には有効な Gainsight CS サブスクリプションがあります。</translation>
    </message>
    <message>
        <source>%1 has no active Gainsight CS subscription.</source>
        <translation>%1 には有効な Gainsight CS サブスクリプションがありません。</translation>
    </message>
    <message>
        <source>A Staircase AI subscription is active.</source>
        <translation>Staircase AI サブスクリプションは有効です。</translation>
    </message>
    <message>
        <source>There is no Staircase AI subscription for this organization.</source>
        <translation>この組織には Staircase AI サブスクリプションがありません。</translation>
    </message>
    <message>
        <source>Contact your Gainsight representative to add Staircase AI.</source>
        <translation>Staircase AI を追加するには、Gainsight の担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Gainsight: %1 is an admin. Staircase: cannot be checked without a Staircase subscription.</source>
        <translation>Gainsight: %1 は管理者です。Staircase: Staircase サブスクリプションがないためチェックできません。</translation>
    </message>
    <message>
        <source>Gainsight: %1 is not an admin.</source>
        <translation>Gainsight: %1 は管理者ではありません。</translation>
    </message>
    <message>
        <source>Resolve the Staircase subscription first.</source>
        <translation>まず Staircase サブスクリプションの問題を解決してください。</translation>
    </message>
    <message>
        <source>Gainsight: %1 is an admin%2. Staircase: the token&apos;s user is a Staircase Admin.</source>
        <translation>Gainsight: %1 は管理者です%2。Staircase: トークンのユーザーは Staircase Admin です。</translation>
    </message>
    <message>
        <source> (super admin)</source>
        <translation> (スーパー管理者)</translation>
    </message>
    <message>
        <source>Staircase: the token&apos;s user is not a Staircase Admin.</source>
        <translation>Staircase: トークンのユーザーは Staircase Admin ではありません。</translation>
    </message>
    <message>
        <source>Use the access key of a Gainsight admin and the token of a Staircase Admin; a Gainsight super admin can grant both roles.</source>
        <translation>Gainsight 管理者のアクセスキーと Staircase Admin のトークンを使用してください。両方のロールは Gainsight のスーパー管理者が付与できます。</translation>
    </message>
    <message>
        <source>Staircase could not be asked: %1</source>
        <translation>Staircase に問い合わせできませんでした: %1</translation>
    </message>
    <message>
        <source>Retry when Staircase is reachable.</source>
        <translation>Staircase に接続できるようになったら再試行してください。</translation>
    </message>
    <message>
        <source>Gainsight is the primary CRM, so the integration is eligible.</source>
        <translation>Gainsight がプライマリ CRM のため、連携を利用できます。</translation>
    </message>
    <message>
        <source>%1 is the primary CRM. Staircase AI must then be integrated directly with it, not through Gainsight CS.</source>
        <translation>プライマリ CRM は %1 です。この場合、Staircase AI は Gainsight CS 経由ではなく、そのシステムと直接連携する必要があります。</translation>
    </message>
    <message>
        <source>Another system</source>
        <translation>別のシステム</translation>
    </message>
    <message>
        <source>In Staircase, open Settings &gt; Integrations and connect the Salesforce card instead.</source>
        <translation>代わりに、Staircase で Settings &gt; Integrations を開き、Salesforce カードを接続してください。</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer lacks %1.</source>
        <translation>テナントの応答に %1 がありません。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation>このテナント</translation>
    </message>
    <message>
        <source>Not confirmed yet: Gainsight&apos;s public API cannot tell; confirm it here.</source>
        <translation>未確認: Gainsight の公開 API では判別できません。ここで確認してください。</translation>
    </message>
    <message>
        <source>Confirmed by the admin: the Gainsight CS subscription is active.</source>
        <translation>管理者が確認済み: Gainsight CS のサブスクリプションは有効です。</translation>
    </message>
    <message>
        <source>The admin says there is no active Gainsight CS subscription.</source>
        <translation>管理者によると、有効な Gainsight CS のサブスクリプションはありません。</translation>
    </message>
    <message>
        <source>Where to check: your Gainsight contract, or ask your Gainsight representative.</source>
        <translation>確認先: Gainsight の契約書、または Gainsight の担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Confirmed by the admin: there is a Staircase AI subscription.</source>
        <translation>管理者が確認済み: Staircase AI のサブスクリプションがあります。</translation>
    </message>
    <message>
        <source>The admin says there is no Staircase AI subscription.</source>
        <translation>管理者によると、Staircase AI のサブスクリプションはありません。</translation>
    </message>
    <message>
        <source>Where to check: contact your Gainsight representative to add Staircase AI.</source>
        <translation>確認先: Staircase AI の追加については Gainsight の担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Confirmed by the admin: admin in Gainsight CS and Staircase Admin in Staircase AI.</source>
        <translation>管理者が確認済み: Gainsight CS の管理者であり、Staircase AI の Staircase Admin です。</translation>
    </message>
    <message>
        <source>The admin says they are not an admin on both platforms.</source>
        <translation>管理者によると、両方のプラットフォームの管理者ではありません。</translation>
    </message>
    <message>
        <source>Where to check: Gainsight Administration &gt; Users and Permissions, and Staircase Settings; a Gainsight super admin can grant both roles.</source>
        <translation>確認先: Gainsight の Administration &gt; Users and Permissions と Staircase の Settings。Gainsight のスーパー管理者は両方のロールを付与できます。</translation>
    </message>
    <message>
        <source>Confirmed by the admin: Gainsight is the primary CRM, so the integration is eligible.</source>
        <translation>管理者が確認済み: Gainsight がプライマリ CRM のため、連携の対象です。</translation>
    </message>
    <message>
        <source>Salesforce is the primary CRM. Staircase AI must then be integrated directly with it, not through Gainsight CS.</source>
        <translation>Salesforce がプライマリ CRM です。その場合、Staircase AI は Gainsight CS 経由ではなく Salesforce と直接連携する必要があります。</translation>
    </message>
    <message>
        <source>If your organization uses Salesforce as the main CRM with Staircase, it must be integrated directly with SFDC instead (Staircase: Settings &gt; Integrations, the Salesforce card).</source>
        <translation>組織で Staircase とともに Salesforce をメインの CRM として使っている場合は、代わりに SFDC と直接連携する必要があります (Staircase: Settings &gt; Integrations の Salesforce カード)。</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesPage</name>
    <message>
        <source>Re-&amp;check</source>
        <translation>再チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>The integration needs four things in place. Banister checks each one on the live tenant.</source>
        <translation>連携には 4 つの前提条件があります。Banister が稼働中のテナントでそれぞれをチェックします。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This tenant uses Salesforce as its primary CRM.&lt;/b&gt; The Gainsight CS ↔ Staircase AI integration is for tenants whose primary CRM is Gainsight. Integrate Staircase AI directly with Salesforce instead: in Staircase, open &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, choose the &lt;i&gt;Salesforce&lt;/i&gt; card and sign in with a Salesforce admin. Nothing has been changed on this tenant; click &lt;i&gt;Next&lt;/i&gt; to export a report that records why.</source>
        <translation>&lt;b&gt;このテナントはプライマリ CRM として Salesforce を使用しています。&lt;/b&gt;Gainsight CS ↔ Staircase AI 連携は、プライマリ CRM が Gainsight のテナント向けです。代わりに Staircase AI を Salesforce と直接連携してください。Staircase で &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt; を開き、&lt;i&gt;Salesforce&lt;/i&gt; カードを選択して Salesforce の管理者でサインインします。このテナントでは何も変更されていません。&lt;i&gt;次へ&lt;/i&gt;をクリックすると、理由を記録したレポートをエクスポートできます。</translation>
    </message>
</context>
<context>
    <name>banister::PrincipalPicker</name>
    <message>
        <source>Specific people</source>
        <translation>特定のユーザー</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>ロールを追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add su&amp;ggested</source>
        <translation>推奨を追加(&amp;G)</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>ユーザーを追加(&amp;U)</translation>
    </message>
    <message>
        <source>Find a user by name or email</source>
        <translation>名前・メールアドレスで検索</translation>
    </message>
    <message>
        <source>Role or group to add</source>
        <translation>追加するロールまたはグループ</translation>
    </message>
    <message>
        <source>Has access:</source>
        <translation>アクセス権あり:</translation>
    </message>
    <message>
        <source>Suggested roles:</source>
        <translation>推奨ロール:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Every role the article suggests already has access.</source>
        <translation>記事が勧めるロールはすべてアクセス権を持っています。</translation>
    </message>
</context>
<context>
    <name>banister::ReviewPage</name>
    <message>
        <source>&amp;Apply changes</source>
        <translation>変更を適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop after this step</source>
        <translation>この手順の後で停止(&amp;S)</translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation>再比較(&amp;G)</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>確認と適用</translation>
    </message>
    <message>
        <source>What Banister will change on the tenant, compared with what is there now. Nothing changes until you click Apply.</source>
        <translation>Banister がテナント上で変更する内容を、現在の状態と比較して表示します。「適用」をクリックするまで何も変更されません。</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v / %m 手順</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>手作業: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were applied. Click Next to verify them on the tenant.</source>
        <translation>
            <numerusform>%n 件の変更をすべて適用しました。「次へ」をクリックしてテナント上で検証してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply stopped: %1 Fix the cause, then click Compare again: Banister continues with what is still missing.</source>
        <translation>適用を停止しました: %1 原因を修正してから「再比較」をクリックしてください。Banister は未完了の部分から続行します。</translation>
    </message>
    <message>
        <source>Apply stopped after the step that was running. Click Compare again and Apply to continue.</source>
        <translation>実行中の手順の後で適用を停止しました。続行するには「再比較」をクリックしてから適用してください。</translation>
    </message>
    <message>
        <source>Applying… you can stop after the current step.</source>
        <translation>適用中… 現在の手順の後で停止できます。</translation>
    </message>
    <message numerus="yes">
        <source>The apply was undone (%n change(s)).</source>
        <translation>
            <numerusform>適用を取り消しました (%n 件の変更)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s) on %1 (%2)?</source>
        <translation>
            <numerusform>%1 (%2) で %n 件の変更を取り消しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) on %1 (%2)? %3</source>
        <translation>
            <numerusform>%1 (%2) に %n 件の変更を適用しますか? %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>プランの適用</translation>
    </message>
    <message>
        <source>the admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>The confirmation could not be recorded: %1</source>
        <translation>確認を記録できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>The automated changes were applied. Do the %n step(s) by hand listed above, tick Done for each, then click Next to verify.</source>
        <translation>
            <numerusform>自動の変更を適用しました。上に示した手作業のステップ %n 件を実施し、それぞれ完了にチェックを入れてから、次へをクリックして検証してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banister::SetupWizard</name>
    <message>
        <source>&amp;Open profile…</source>
        <translation>プロファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile…</source>
        <translation>プロファイルを保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Load every setting from a profile file (Ctrl+O)</source>
        <translation>プロファイルファイルからすべての設定を読み込みます (Ctrl+O)</translation>
    </message>
    <message>
        <source>Save every setting to a profile file, without secrets (Ctrl+S)</source>
        <translation>すべての設定を、シークレットを除いてプロファイルファイルに保存します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Banister — Staircase AI integration setup</source>
        <translation>Banister — Staircase AI 連携のセットアップ</translation>
    </message>
    <message>
        <source>%1 — Banister</source>
        <translation>%1 — Banister</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>プロファイルを開く</translation>
    </message>
    <message>
        <source>Banister profiles (*.json);;All files (*)</source>
        <translation>Banister プロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…他 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>プロファイルを開けませんでした</translation>
    </message>
    <message>
        <source>%1 cannot be used, so nothing was changed:</source>
        <translation>%1 は使用できないため、何も変更されていません:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルの保存</translation>
    </message>
    <message>
        <source>Banister profiles (*.json)</source>
        <translation>Banister プロファイル (*.json)</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>プロファイルを保存できませんでした</translation>
    </message>
    <message>
        <source>The profile could not be saved; the file on disk is unchanged.</source>
        <translation>プロファイルを保存できませんでした。ディスク上のファイルは変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Every page now starts from this tenant&apos;s settings: %n layout(s) with the Staircase AI section, %1 user(s) with a Staircase role. Save them as a profile to set up another tenant the same way.</source>
        <translation>
            <numerusform>各ページがこのテナントの設定から始まるようになりました: Staircase AI セクションのあるレイアウト %n 件、Staircase ロールを持つユーザー %1 人。別のテナントを同じように設定するには、プロファイルとして保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>手順 %1 / %2 · %3</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The settings have changed since the profile was last saved. Save them as a profile before closing?</source>
        <translation>前回プロファイルを保存した後に設定が変更されています。閉じる前にプロファイルとして保存しますか?</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>最近のプロファイル</translation>
    </message>
    <message>
        <source>Open a profile opened or saved lately</source>
        <translation>最近開いた、または保存したプロファイルを開きます</translation>
    </message>
    <message>
        <source>Opened %1: every page now shows its settings.</source>
        <translation>%1 を開きました。各ページにその設定が表示されています。</translation>
    </message>
    <message>
        <source>Saved to %1 at %2.</source>
        <translation>%2 に %1 へ保存しました。</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Clear this list</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>banister::TenantClient</name>
    <message>
        <source>No Gainsight URL is set; connect first.</source>
        <translation>Gainsight URL が設定されていません。先に接続してください。</translation>
    </message>
    <message>
        <source>No Staircase URL is set; connect first.</source>
        <translation>Staircase URL が設定されていません。先に接続してください。</translation>
    </message>
</context>
<context>
    <name>banister::UndoPlanner</name>
    <message>
        <source>no mappings</source>
        <translation>マッピングなし</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply (now: %2); --force overwrites it.</source>
        <translation>%1: 適用後にテナント上で変更されています (現在: %2)。--force を指定すると上書きします。</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply (now: %2). The undo would overwrite that; review it, or undo with --force.</source>
        <translation>%1: 適用後にテナント上で変更されています (現在: %2)。取り消すとその変更が上書きされます。内容を確認するか、--force を付けて取り消してください。</translation>
    </message>
    <message>
        <source>Not undone: %1 — a filed support request cannot be withdrawn through the API; ask Gainsight Support to close it.</source>
        <translation>取り消していません: %1 — 送信済みのサポートリクエストは API では取り下げられません。Gainsight サポートにクローズを依頼してください。</translation>
    </message>
    <message>
        <source>Not undone: %1 — Staircase stays connected (and super admins keep Staircase Admin); disconnect it in Staircase under Settings &gt; Integrations &gt; Gainsight if needed.</source>
        <translation>取り消していません: %1 — Staircase は接続されたままです (スーパー管理者も Staircase Admin を保持します)。必要に応じて Staircase の Settings &gt; Integrations &gt; Gainsight で接続を解除してください。</translation>
    </message>
    <message>
        <source>Not undone: %1 — the user already signed out of SSO and signs in with their email; the old username is not restored.</source>
        <translation>取り消していません: %1 — ユーザーはすでに SSO からサインアウトされ、メールアドレスでサインインしています。以前のユーザー名には戻しません。</translation>
    </message>
    <message>
        <source>Put the CRM sync settings back</source>
        <translation>CRM 同期設定を元に戻す</translation>
    </message>
    <message>
        <source>Put the field mappings back</source>
        <translation>フィールドマッピングを元に戻す</translation>
    </message>
    <message>
        <source>%1: the layout no longer exists on this tenant, so it cannot be put back.</source>
        <translation>%1: このテナントにレイアウトが存在しないため、元に戻せません。</translation>
    </message>
    <message>
        <source>Take the Staircase AI section out of %1 again</source>
        <translation>%1 から Staircase AI セクションを再び取り除く</translation>
    </message>
    <message>
        <source>Put the Executive dashboard permissions back</source>
        <translation>エグゼクティブダッシュボードの権限を元に戻す</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation>%1 は現在 %2 です</translation>
    </message>
    <message>
        <source>%1 is inactive now, so their role cannot be put back until they are activated.</source>
        <translation>%1 は現在無効なため、有効にするまでロールを元に戻せません。</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply: %2. The undo would overwrite that; review it, or undo with --force.</source>
        <translation>%1: 適用後にテナント上で変更されています: %2。取り消すとその変更が上書きされます。内容を確認するか、--force を付けて取り消してください。</translation>
    </message>
    <message numerus="yes">
        <source>Put the roles of %n user(s) back</source>
        <translation>
            <numerusform>%n 人のユーザーのロールを元に戻す</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant&apos;s current state could not be read: %1</source>
        <translation>テナントの現在の状態を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessArea</name>
    <message>
        <source>Staircase is not connected to Gainsight: users get Staircase access (with its permissions and single sign-on) only once it is. Connect it on the Activation page, or add activation to the profile.</source>
        <translation>Staircase は Gainsight に接続されていません。ユーザーが Staircase へのアクセス（権限とシングルサインオンを含む）を得られるのは、接続後です。有効化のページで接続するか、プロファイルに有効化を追加してください。</translation>
    </message>
    <message>
        <source>Staircase access waits for the connection</source>
        <translation>Staircase へのアクセスは接続を待っています</translation>
    </message>
    <message>
        <source>User access: the users could not be read: %1</source>
        <translation>ユーザーアクセス: ユーザーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: User %2 was not found on this tenant</source>
        <translation>/userAccess/assignments/%1: ユーザー %2 はこのテナントに見つかりません</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: %2 is assigned twice</source>
        <translation>/userAccess/assignments/%1: %2 が 2 回割り当てられています</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: %2 is a Gainsight super admin and keeps Staircase Admin; assign Admin or leave them out of the profile.</source>
        <translation>/userAccess/assignments/%1: %2 は Gainsight のスーパー管理者であり、Staircase Admin を保持します。Admin を割り当てるか、プロファイルから除外してください。</translation>
    </message>
    <message>
        <source>Finish making %1&apos;s username their email (an earlier apply stopped half-way)</source>
        <translation>%1 のユーザー名をメールアドレスに変更する処理を完了 (以前の適用が途中で停止しました)</translation>
    </message>
    <message>
        <source>Make %1&apos;s username their email</source>
        <translation>%1 のユーザー名をメールアドレスに変更</translation>
    </message>
    <message>
        <source>username %1, inactive</source>
        <translation>ユーザー名 %1、無効</translation>
    </message>
    <message>
        <source>username %1</source>
        <translation>ユーザー名 %1</translation>
    </message>
    <message>
        <source>username %1, active</source>
        <translation>ユーザー名 %1、有効</translation>
    </message>
    <message>
        <source>Deactivating signs %1 out of platform SSO; they sign in again with their email.</source>
        <translation>無効化すると %1 はプラットフォームの SSO からサインアウトされます。再度のサインインにはメールアドレスを使います。</translation>
    </message>
    <message>
        <source>no Staircase role</source>
        <translation>Staircase ロールなし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set the Staircase role of %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーの Staircase ロールを設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles set for %n user(s).</source>
        <translation>
            <numerusform>%n 人のユーザーのロールを設定しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles were already set.</source>
        <translation>ロールはすでに設定されていました。</translation>
    </message>
    <message>
        <source>Username is now %1; the user is active again.</source>
        <translation>ユーザー名が %1 になり、ユーザーは再び有効になりました。</translation>
    </message>
    <message>
        <source>Users readable</source>
        <translation>ユーザーを読み込める</translation>
    </message>
    <message>
        <source>%1 of %2 assigned user(s) have access</source>
        <translation>割り当てたユーザー %2 人のうち %1 人がアクセス可能</translation>
    </message>
    <message numerus="yes">
        <source>; %n need attention: %1</source>
        <translation>
            <numerusform>、%n 人に対応が必要: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; without access although nothing is in the way: %1</source>
        <translation>、問題がないのにアクセスできないユーザー: %1</translation>
    </message>
    <message>
        <source>Assigned users have Staircase access</source>
        <translation>割り当てたユーザーが Staircase にアクセスできる</translation>
    </message>
    <message>
        <source>Still to do in Gainsight User Management.</source>
        <translation>Gainsight の User Management で残っている作業です。</translation>
    </message>
    <message>
        <source>Effective permissions hold the Staircase bundle items</source>
        <translation>有効な権限に Staircase バンドルの項目が含まれる</translation>
    </message>
    <message>
        <source>The tenant lists no Staircase permission bundles.</source>
        <translation>テナントに Staircase の権限バンドルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n user(s): %1.</source>
        <translation>
            <numerusform>%n 人のユーザーをチェックしました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing items for: %1</source>
        <translation>項目が不足しているユーザー: %1</translation>
    </message>
    <message>
        <source>Single sign-on into Staircase works</source>
        <translation>Staircase へのシングルサインオンが機能する</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n user(s).</source>
        <translation>
            <numerusform>%n 人のユーザーをチェックしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell users whose username was changed to sign in again with their email address.</source>
        <translation>ユーザー名を変更したユーザーには、メールアドレスで再度サインインするよう伝えてください。</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>ユーザーアクセス</translation>
    </message>
    <message>
        <source>%1 is inactive: no Staircase access until the user is activated in User Management.</source>
        <translation>%1 は無効です。User Management でユーザーを有効にするまで Staircase にアクセスできません。</translation>
    </message>
    <message>
        <source>%1 has no valid email, so Staircase access cannot work; correct the email in User Management.</source>
        <translation>%1 には有効なメールアドレスがないため、Staircase にアクセスできません。User Management でメールアドレスを修正してください。</translation>
    </message>
    <message>
        <source>%1 has a Viewer license: the Staircase bundles cover Full and Viewer Plus licenses only; change the license in User Management.</source>
        <translation>%1 は Viewer ライセンスです。Staircase バンドルの対象は Full と Viewer Plus ライセンスのみです。User Management でライセンスを変更してください。</translation>
    </message>
    <message>
        <source>%1: the username (%2) differs from the email, so Staircase access will not work until they match.</source>
        <translation>%1: ユーザー名 (%2) がメールアドレスと異なるため、一致させるまで Staircase にアクセスできません。</translation>
    </message>
    <message>
        <source>%1 is a super admin, who cannot be deactivated, so the username fix cannot run; change the username (%2) to the email in User Management.</source>
        <translation>%1 はスーパー管理者で無効化できないため、ユーザー名の修正を実行できません。User Management でユーザー名 (%2) をメールアドレスに変更してください。</translation>
    </message>
    <message>
        <source>%1: another user already has the username %2, so the username fix cannot run; resolve it in User Management.</source>
        <translation>%1: 別のユーザーがすでにユーザー名 %2 を使用しているため、ユーザー名の修正を実行できません。User Management で解決してください。</translation>
    </message>
    <message>
        <source>Assigned users hold their Staircase role</source>
        <translation>割り当てたユーザーが Staircase ロールを保持</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read back with the role the profile gives them.</source>
        <translation>
            <numerusform>%n 人のユーザーがプロファイルのロールで読み戻されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the profile&apos;s role: %1</source>
        <translation>プロファイルのロールと異なる: %1</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessModel</name>
    <message>
        <source>username ≠ email: Staircase cannot link the user</source>
        <translation>ユーザー名 ≠ メールアドレス: Staircase がユーザーを紐付けできません</translation>
    </message>
    <message>
        <source>invalid email: Staircase access cannot work</source>
        <translation>無効なメールアドレス: Staircase にアクセスできません</translation>
    </message>
    <message>
        <source>inactive: no access, roles cannot change</source>
        <translation>無効: アクセス不可、ロール変更不可</translation>
    </message>
    <message>
        <source>Viewer license: no Staircase bundle</source>
        <translation>Viewer ライセンス: Staircase バンドルなし</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (無効)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Default Staircase Full Permissions</source>
        <translation>Default Staircase Full Permissions</translation>
    </message>
    <message>
        <source>Default Staircase Viewer Plus Permissions</source>
        <translation>Default Staircase Viewer Plus Permissions</translation>
    </message>
    <message>
        <source>none (Viewer license)</source>
        <translation>なし (Viewer ライセンス)</translation>
    </message>
    <message>
        <source>The dynamic rule gives users with a Staircase role the bundle of their license.</source>
        <translation>動的ルールにより、Staircase ロールを持つユーザーにはライセンスに応じたバンドルが付与されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>現ロール</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新ロール</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessPage</name>
    <message>
        <source>Set for &amp;selection</source>
        <translation>選択に設定(&amp;S)</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>表示中をすべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Managers → Staircase &amp;Manager</source>
        <translation>マネージャー → Staircase Manager(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Fix usernames that differ from the email (deactivate → update → reactivate)</source>
        <translation>メールアドレスと異なるユーザー名を修正(&amp;F) (無効化 → 更新 → 再有効化)</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>ユーザーアクセス</translation>
    </message>
    <message>
        <source>Staircase access follows the GS role: Staircase User (CSMs, their accounts), Manager (team leads, team stats) or Admin (settings). The username must equal a valid email, and the user must be active.</source>
        <translation>Staircase へのアクセスは GS ロールで決まります: Staircase User (CSM、担当アカウント)、Manager (チームリーダー、チームの統計)、Admin (設定)。ユーザー名は有効なメールアドレスと同じで、ユーザーが有効である必要があります。</translation>
    </message>
    <message>
        <source>Bundles: a dynamic rule gives every user with a Staircase role the &lt;i&gt;Default Staircase Full Permissions&lt;/i&gt; (Full license) or &lt;i&gt;Default Staircase Viewer Plus Permissions&lt;/i&gt; (Viewer Plus) bundle: Insights › Staircase Communication, Insights › Staircase AI Reports, Settings › Staircase AI Setting. Removing the role or inactivating the user revokes access.</source>
        <translation>バンドル: 動的ルールにより、Staircase ロールを持つすべてのユーザーに &lt;i&gt;Default Staircase Full Permissions&lt;/i&gt; (Full ライセンス) または &lt;i&gt;Default Staircase Viewer Plus Permissions&lt;/i&gt; (Viewer Plus) バンドルが付与されます: Insights › Staircase Communication、Insights › Staircase AI Reports、Settings › Staircase AI Setting。ロールを削除するかユーザーを無効にすると、アクセス権は取り消されます。</translation>
    </message>
    <message>
        <source>Loading users: %v of %m</source>
        <translation>ユーザーを読み込んでいます: %v / %m</translation>
    </message>
    <message>
        <source>%1 users · %2 role change(s) in %3 call(s) of at most 50 users; on a real tenant (100 User Management requests an hour) that takes %4.</source>
        <translation>ユーザー %1 人 · ロール変更 %2 件を最大 50 人ずつ %3 回の呼び出しで実行。実際のテナント (User Management リクエストは 1 時間あたり 100 件) では%4かかります。</translation>
    </message>
    <message>
        <source>You can close Banister meanwhile: applying again continues where it stopped.</source>
        <translation>その間 Banister を閉じてもかまいません。もう一度適用すると、停止したところから再開します。</translation>
    </message>
    <message>
        <source>Gainsight super admins keep Staircase Admin, so their role was not changed: %1.</source>
        <translation>Gainsight のスーパー管理者は Staircase Admin を保持するため、ロールは変更されていません: %1。</translation>
    </message>
    <message>
        <source>The username fix deactivates each user for a moment: it signs them out of platform SSO, and they sign in again with their email.</source>
        <translation>ユーザー名の修正では各ユーザーを一時的に無効化します。ユーザーはプラットフォームの SSO からサインアウトされ、その後メールアドレスで再度サインインします。</translation>
    </message>
    <message>
        <source>Staircase role to set for the selection</source>
        <translation>選択したユーザーに設定する Staircase ロール</translation>
    </message>
</context>
<context>
    <name>banister::UserFilterBar</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>問題のみ(&amp;P)</translation>
    </message>
    <message>
        <source>Search name, email or username</source>
        <translation>名前、メールアドレス、ユーザー名で検索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>License filter</source>
        <translation>ライセンスで絞り込み</translation>
    </message>
    <message>
        <source>Any license</source>
        <translation>すべてのライセンス</translation>
    </message>
    <message>
        <source>Staircase role filter</source>
        <translation>Staircase ロールで絞り込み</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <source>No Staircase role</source>
        <translation>Staircase ロールなし</translation>
    </message>
    <message>
        <source>Staircase %1</source>
        <translation>Staircase %1</translation>
    </message>
</context>
<context>
    <name>banister::UsersView</name>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Arrow keys select a user, Shift or Ctrl with them select several; Tab moves on to the role for the selection.</source>
        <translation>矢印キーでユーザーを選び、Shift または Ctrl と一緒に押すと複数選べます。Tab で選択したユーザーのロールに移ります。</translation>
    </message>
</context>
<context>
    <name>banister::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Banister reads the configuration back from the tenant and checks it against what you chose.</source>
        <translation>Banister がテナントから設定を読み戻し、選択した内容と照合します。</translation>
    </message>
    <message>
        <source>Reading the configuration back from the tenant…</source>
        <translation>テナントから設定を読み戻しています…</translation>
    </message>
    <message numerus="yes">
        <source>Every check passed; %n warning(s) name what is still to do in Gainsight.</source>
        <translation>
            <numerusform>すべてのチェックに合格しました。%n 件の警告は Gainsight で残っている作業を示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>%n 件のチェックすべてに合格しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checks failed. Go back to Review to apply what is missing, or see the detail of each check.</source>
        <translation>%2 件中 %1 件のチェックが不合格です。「確認と適用」に戻って不足分を適用するか、各チェックの詳細を確認してください。</translation>
    </message>
    <message>
        <source>Verify a&amp;gain</source>
        <translation>再検証(&amp;G)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック項目</translation>
    </message>
    <message numerus="yes">
        <source>Everything Banister can read passed; %n step(s) done by hand are not yet confirmed. Do them as the Review page describes and tick Done for each.</source>
        <translation>
            <numerusform>Banister が読み取れる項目はすべて合格しました。手作業の %n 件のステップがまだ確認されていません。確認と適用のページの手順どおりに実施し、それぞれ「完了」にチェックを入れてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banister::sandbox::EmbeddedSandbox</name>
    <message>
        <source>The sandbox tenant could not listen on 127.0.0.1.</source>
        <translation>サンドボックステナントが 127.0.0.1 で待ち受けできませんでした。</translation>
    </message>
</context>
</TS>
