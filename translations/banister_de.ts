<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>The tenant says: %1</source>
        <translation>Der Mandant meldet: %1</translation>
    </message>
    <message>
        <source>Banister tried %1 times.</source>
        <translation>Banister hat es %1-mal versucht.</translation>
    </message>
    <message>
        <source>The tenant did not accept the credentials (HTTP 401).</source>
        <translation>Der Mandant hat die Zugangsdaten nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>Check the access key or token and enter it again.</source>
        <translation>Prüfen Sie den Zugriffsschlüssel bzw. das Token und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The credentials work, but the user behind them lacks a right this step needs (HTTP 403).</source>
        <translation>Die Zugangsdaten funktionieren, aber dem zugehörigen Benutzer fehlt ein Recht, das dieser Schritt braucht (HTTP 403).</translation>
    </message>
    <message>
        <source>Ask a super admin to grant it, or use an admin's key.</source>
        <translation>Bitten Sie einen Super-Admin, es zu vergeben, oder verwenden Sie den Schlüssel eines Admins.</translation>
    </message>
    <message>
        <source>Not found on this tenant (HTTP 404).</source>
        <translation>Auf diesem Mandanten nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>It may have been deleted or renamed since it was last read; reload and try again.</source>
        <translation>Es wurde seit dem letzten Lesen vielleicht gelöscht oder umbenannt; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The tenant refused the change because it conflicts with the current state (HTTP 409).</source>
        <translation>Der Mandant hat die Änderung abgelehnt, weil sie dem aktuellen Zustand widerspricht (HTTP 409).</translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation>Laden Sie die Seite neu, um den aktuellen Zustand zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The tenant rejected the request (HTTP %1).</source>
        <translation>Der Mandant hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The tenant is limiting how fast Banister may call it (HTTP 429).</source>
        <translation>Der Mandant begrenzt, wie schnell Banister ihn aufrufen darf (HTTP 429).</translation>
    </message>
    <message>
        <source>It asks to wait %1 s; try again then.</source>
        <translation>Er bittet, %1 s zu warten; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The tenant had an internal error (HTTP %1).</source>
        <translation>Beim Mandanten ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, give Gainsight Support the request id %1.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; falls es bestehen bleibt, nennen Sie dem Gainsight-Support die Anfrage-ID %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1. Check the URL and port (for the sandbox: is it running?).</source>
        <translation>Unter %1 nimmt niemand Verbindungen an. Prüfen Sie URL und Port (bei der Sandbox: läuft sie?).</translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the URL for typos and your network's DNS.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die URL auf Tippfehler und das DNS Ihres Netzwerks.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check proxies or firewalls between you and the tenant.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie Proxys oder Firewalls zwischen Ihnen und dem Mandanten.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2. Check the URL, or the system's trusted certificates.</source>
        <translation>Zu %1 konnte keine sichere Verbindung aufgebaut werden: %2. Prüfen Sie die URL oder die vertrauenswürdigen Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>The tenant's answer could not be read (it is not the JSON Gainsight sends).</source>
        <translation>Die Antwort des Mandanten war nicht lesbar (es ist nicht das JSON, das Gainsight sendet).</translation>
    </message>
    <message>
        <source>Check that the URL points at the tenant itself, not a login page or proxy.</source>
        <translation>Prüfen Sie, ob die URL auf den Mandanten selbst zeigt und nicht auf eine Anmeldeseite oder einen Proxy.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2.</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the tenant URL, for example https://yourcompany.gainsightcloud.com.</source>
        <translation>Geben Sie die URL des Mandanten ein, zum Beispiel https://ihrefirma.gainsightcloud.com.</translation>
    </message>
    <message>
        <source>"%1" is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Only http and https URLs are supported (got "%1").</source>
        <translation>Nur http- und https-URLs werden unterstützt (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The tenant URL must use https; plain http is accepted only for this computer (127.0.0.1, ::1, localhost), so the access key never travels unencrypted.</source>
        <translation>Die URL des Mandanten muss https verwenden; einfaches http ist nur für diesen Computer erlaubt (127.0.0.1, ::1, localhost), damit der Zugriffsschlüssel nie unverschlüsselt übertragen wird.</translation>
    </message>
</context>
<context>
    <name>banister::ConnectPage</name>
    <message>
        <source>Show or hide the access key</source>
        <translation>Zugriffsschlüssel zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token zeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Remember the key and token in the system keychain</source>
        <translation>Schlüssel und Token im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Use &amp;sandbox tenant</source>
        <translation>&amp;Sandbox-Mandanten verwenden</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to your tenant</source>
        <translation>Mit Ihrem Mandanten verbinden</translation>
    </message>
    <message>
        <source>Banister reads and configures Gainsight CS and Staircase AI through their APIs. Enter where your tenant is and the keys of an admin, or try everything on the built-in sandbox tenant first.</source>
        <translation>Banister liest und konfiguriert Gainsight CS und Staircase AI über deren APIs. Geben Sie an, wo Ihr Mandant ist, und die Schlüssel eines Admins – oder probieren Sie alles zuerst am eingebauten Sandbox-Mandanten aus.</translation>
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
        <source>Start a simulated tenant on this computer, with seeded accounts and users</source>
        <translation>Einen simulierten Mandanten mit Beispielkonten und -benutzern auf diesem Computer starten</translation>
    </message>
    <message>
        <source>&amp;Gainsight URL:</source>
        <translation>&amp;Gainsight-URL:</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Stair&amp;case URL:</source>
        <translation>Stair&amp;case-URL:</translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>banister::ConnectionModel</name>
    <message>
        <source>Starting the sandbox tenant…</source>
        <translation>Sandbox-Mandant wird gestartet …</translation>
    </message>
    <message>
        <source>The sandbox tenant (scenario "%1") is running on this computer. Click Next to connect.</source>
        <translation>Der Sandbox-Mandant (Szenario „%1“) läuft auf diesem Computer. Klicken Sie auf „Weiter“, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>Gainsight URL: %1</source>
        <translation>Gainsight-URL: %1</translation>
    </message>
    <message>
        <source>Staircase URL: %1</source>
        <translation>Staircase-URL: %1</translation>
    </message>
    <message>
        <source>Enter the Gainsight access key (Administration &gt; Connectors 2.0 &gt; Gainsight API).</source>
        <translation>Geben Sie den Gainsight-Zugriffsschlüssel ein (Administration &gt; Connectors 2.0 &gt; Gainsight API).</translation>
    </message>
    <message>
        <source>Enter the Staircase API token (Staircase: Settings &gt; API Tokens).</source>
        <translation>Geben Sie das Staircase-API-Token ein (Staircase: Settings &gt; API Tokens).</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>%1 wird kontaktiert …</translation>
    </message>
    <message>
        <source>Gainsight: %1</source>
        <translation>Gainsight: %1</translation>
    </message>
    <message>
        <source>Gainsight: the tenant's answer lacks %1.</source>
        <translation>Gainsight: in der Antwort des Mandanten fehlt %1.</translation>
    </message>
    <message>
        <source>Staircase: %1</source>
        <translation>Staircase: %1</translation>
    </message>
    <message>
        <source>The tenant did not answer cleanly; trying again in %1 s (attempt %2)…</source>
        <translation>Der Mandant hat nicht sauber geantwortet; neuer Versuch in %1 s (Versuch %2) …</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Verbunden mit %1 als %2.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key and token are kept for this session only; you will be asked again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Schlüssel und Token werden nur für diese Sitzung behalten; beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesModel</name>
    <message>
        <source>Active Gainsight CS subscription</source>
        <translation>Aktives Gainsight-CS-Abonnement</translation>
    </message>
    <message>
        <source>Staircase AI subscription</source>
        <translation>Staircase-AI-Abonnement</translation>
    </message>
    <message>
        <source>Admin access to both platforms</source>
        <translation>Admin-Zugriff auf beide Plattformen</translation>
    </message>
    <message>
        <source>Gainsight is the primary CRM</source>
        <translation>Gainsight ist das primäre CRM</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>The tenant's answer lacks %1.</source>
        <translation>In der Antwort des Mandanten fehlt %1.</translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation>Konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Fix the error above, then Retry.</source>
        <translation>Beheben Sie den Fehler oben und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>Contact your Gainsight representative.</source>
        <translation>Wenden Sie sich an Ihre Ansprechperson bei Gainsight.</translation>
    </message>
    <message>
        <source>%1 has an active Gainsight CS subscription.</source>
        <translation>%1 hat ein aktives Gainsight-CS-Abonnement.</translation>
    </message>
    <message>
        <source>%1 has no active Gainsight CS subscription.</source>
        <translation>%1 hat kein aktives Gainsight-CS-Abonnement.</translation>
    </message>
    <message>
        <source>A Staircase AI subscription is active.</source>
        <translation>Ein Staircase-AI-Abonnement ist aktiv.</translation>
    </message>
    <message>
        <source>There is no Staircase AI subscription for this organization.</source>
        <translation>Für diese Organisation gibt es kein Staircase-AI-Abonnement.</translation>
    </message>
    <message>
        <source>Contact your Gainsight representative to add Staircase AI.</source>
        <translation>Wenden Sie sich an Ihre Ansprechperson bei Gainsight, um Staircase AI hinzuzufügen.</translation>
    </message>
    <message>
        <source>Gainsight: %1 is an admin. Staircase: cannot be checked without a Staircase subscription.</source>
        <translation>Gainsight: %1 ist Admin. Staircase: ohne Staircase-Abonnement nicht prüfbar.</translation>
    </message>
    <message>
        <source>Gainsight: %1 is not an admin.</source>
        <translation>Gainsight: %1 ist kein Admin.</translation>
    </message>
    <message>
        <source>Resolve the Staircase subscription first.</source>
        <translation>Klären Sie zuerst das Staircase-Abonnement.</translation>
    </message>
    <message>
        <source>Gainsight: %1 is an admin%2. Staircase: the token's user is a Staircase Admin.</source>
        <translation>Gainsight: %1 ist Admin%2. Staircase: der Benutzer des Tokens ist Staircase Admin.</translation>
    </message>
    <message>
        <source> (super admin)</source>
        <translation> (Super-Admin)</translation>
    </message>
    <message>
        <source>Staircase: the token's user is not a Staircase Admin.</source>
        <translation>Staircase: der Benutzer des Tokens ist kein Staircase Admin.</translation>
    </message>
    <message>
        <source>Use the access key of a Gainsight admin and the token of a Staircase Admin; a Gainsight super admin can grant both roles.</source>
        <translation>Verwenden Sie den Zugriffsschlüssel eines Gainsight-Admins und das Token eines Staircase Admins; ein Gainsight-Super-Admin kann beide Rollen vergeben.</translation>
    </message>
    <message>
        <source>Staircase could not be asked: %1</source>
        <translation>Staircase war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Retry when Staircase is reachable.</source>
        <translation>Wiederholen Sie die Prüfung, sobald Staircase erreichbar ist.</translation>
    </message>
    <message>
        <source>Gainsight is the primary CRM, so the integration is eligible.</source>
        <translation>Gainsight ist das primäre CRM, die Integration ist also möglich.</translation>
    </message>
    <message>
        <source>%1 is the primary CRM. Staircase AI must then be integrated directly with it, not through Gainsight CS.</source>
        <translation>%1 ist das primäre CRM. Staircase AI muss dann direkt damit integriert werden, nicht über Gainsight CS.</translation>
    </message>
    <message>
        <source>Another system</source>
        <translation>Ein anderes System</translation>
    </message>
    <message>
        <source>In Staircase, open Settings &gt; Integrations and connect the Salesforce card instead.</source>
        <translation>Öffnen Sie in Staircase Settings &gt; Integrations und verbinden Sie stattdessen die Salesforce-Karte.</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesPage</name>
    <message>
        <source>Re-&amp;check</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>The integration needs four things in place. Banister checks each one on the live tenant.</source>
        <translation>Die Integration braucht vier Voraussetzungen. Banister prüft jede davon am laufenden Mandanten.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This tenant uses Salesforce as its primary CRM.&lt;/b&gt; The Gainsight CS ↔ Staircase AI integration is for tenants whose primary CRM is Gainsight. Integrate Staircase AI directly with Salesforce instead: in Staircase, open &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, choose the &lt;i&gt;Salesforce&lt;/i&gt; card and sign in with a Salesforce admin. Nothing has been changed on this tenant; click &lt;i&gt;Finish&lt;/i&gt; to close Banister.</source>
        <translation>&lt;b&gt;Dieser Mandant verwendet Salesforce als primäres CRM.&lt;/b&gt; Die Integration Gainsight CS ↔ Staircase AI ist für Mandanten gedacht, deren primäres CRM Gainsight ist. Integrieren Sie Staircase AI stattdessen direkt mit Salesforce: Öffnen Sie in Staircase &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, wählen Sie die Karte &lt;i&gt;Salesforce&lt;/i&gt; und melden Sie sich mit einem Salesforce-Admin an. An diesem Mandanten wurde nichts geändert; klicken Sie auf &lt;i&gt;Fertigstellen&lt;/i&gt;, um Banister zu schließen.</translation>
    </message>
</context>
<context>
    <name>banister::SetupWizard</name>
    <message>
        <source>Banister — Staircase AI integration setup</source>
        <translation>Banister – Einrichtung der Staircase-AI-Integration</translation>
    </message>
</context>
<context>
    <name>banister::TenantClient</name>
    <message>
        <source>No Gainsight URL is set; connect first.</source>
        <translation>Es ist keine Gainsight-URL gesetzt; verbinden Sie sich zuerst.</translation>
    </message>
    <message>
        <source>No Staircase URL is set; connect first.</source>
        <translation>Es ist keine Staircase-URL gesetzt; verbinden Sie sich zuerst.</translation>
    </message>
</context>
<context>
    <name>banister::sandbox::EmbeddedSandbox</name>
    <message>
        <source>The sandbox tenant could not listen on 127.0.0.1.</source>
        <translation>Der Sandbox-Mandant konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
</TS>