<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The tenant says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banister tried %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant did not accept the credentials (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the access key or token and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials work, but the user behind them lacks a right this step needs (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a super admin to grant it, or use an admin&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on this tenant (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted or renamed since it was last read; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused the change because it conflicts with the current state (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant is limiting how fast Banister may call it (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks to wait %1 s; try again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, give Gainsight Support the request id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1. Check the URL and port (for the sandbox: is it running?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the URL for typos and your network&apos;s DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check proxies or firewalls between you and the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2. Check the URL, or the system&apos;s trusted certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s answer could not be read (it is not the JSON Gainsight sends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at the tenant itself, not a login page or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the tenant URL, for example https://yourcompany.gainsightcloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https URLs are supported (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant URL must use https; plain http is accepted only for this computer (127.0.0.1, ::1, localhost), so the access key never travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ConnectPage</name>
    <message>
        <source>Show or hide the access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the key and token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;sandbox tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banister reads and configures Gainsight CS and Staircase AI through their APIs. Enter where your tenant is and the keys of an admin, or try everything on the built-in sandbox tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration &gt; Connectors 2.0 &gt; Gainsight API &gt; Access Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase: Settings &gt; API Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a simulated tenant on this computer, with seeded accounts and users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gainsight URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stair&amp;case URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ConnectionModel</name>
    <message>
        <source>Starting the sandbox tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox tenant (scenario &quot;%1&quot;) is running on this computer. Click Next to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Gainsight access key (Administration &gt; Connectors 2.0 &gt; Gainsight API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Staircase API token (Staircase: Settings &gt; API Tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight: the tenant&apos;s answer lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant did not answer cleanly; trying again in %1 s (attempt %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key and token are kept for this session only; you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesModel</name>
    <message>
        <source>Active Gainsight CS subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase AI subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin access to both platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight is the primary CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s answer lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the error above, then Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your Gainsight representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an active Gainsight CS subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active Gainsight CS subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Staircase AI subscription is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Staircase AI subscription for this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your Gainsight representative to add Staircase AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight: %1 is an admin. Staircase: cannot be checked without a Staircase subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight: %1 is not an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the Staircase subscription first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight: %1 is an admin%2. Staircase: the token&apos;s user is a Staircase Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (super admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase: the token&apos;s user is not a Staircase Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the access key of a Gainsight admin and the token of a Staircase Admin; a Gainsight super admin can grant both roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry when Staircase is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight is the primary CRM, so the integration is eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary CRM. Staircase AI must then be integrated directly with it, not through Gainsight CS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Staircase, open Settings &gt; Integrations and connect the Salesforce card instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesPage</name>
    <message>
        <source>Re-&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration needs four things in place. Banister checks each one on the live tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This tenant uses Salesforce as its primary CRM.&lt;/b&gt; The Gainsight CS ↔ Staircase AI integration is for tenants whose primary CRM is Gainsight. Integrate Staircase AI directly with Salesforce instead: in Staircase, open &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, choose the &lt;i&gt;Salesforce&lt;/i&gt; card and sign in with a Salesforce admin. Nothing has been changed on this tenant; click &lt;i&gt;Finish&lt;/i&gt; to close Banister.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::SetupWizard</name>
    <message>
        <source>Banister — Staircase AI integration setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::TenantClient</name>
    <message>
        <source>No Gainsight URL is set; connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Staircase URL is set; connect first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::sandbox::EmbeddedSandbox</name>
    <message>
        <source>The sandbox tenant could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
