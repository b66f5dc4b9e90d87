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
    <message>
        <source>%1 redirected Banister to %2, which is not the tenant&apos;s own address. Banister did not follow it, so the access key and token were not sent there. Check the URL: enter the address the tenant finally answers at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s limit for this API is used up until %1, and Banister sent nothing more. Try again after %1: an apply continues where it stopped.</source>
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
    <name>CrmFilter</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>list of values: &apos;A, B&apos; &apos;or&apos; &apos;C&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <comment>filter operator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <comment>filter operator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <comment>filter operator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <comment>filter operator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to %2 (a %3 field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes exactly one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;between&quot; takes two values, the lower first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 10 000 values are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contains&quot; takes at most %1 values of 1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>%1 is a multi-select picklist; Staircase takes single-select picklists only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a number or currency field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped by the integration itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a single-select picklist field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s) %1 h</source>
        <translation>
            <numerusform>about %n day %1 h</numerusform>
            <numerusform>about %n days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n calendar day(s): User Management allows %2 calls a day, so its %3 calls stop at each day&apos;s cap and continue after it resets (00:00 UTC)</source>
        <translation>
            <numerusform>%1 over %n calendar day: User Management allows %2 calls a day, so its %3 calls stop at each day&apos;s cap and continue after it resets (00:00 UTC)</numerusform>
            <numerusform>%1 over %n calendar days: User Management allows %2 calls a day, so its %3 calls stop at each day&apos;s cap and continue after it resets (00:00 UTC)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a Company field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Sync specific accounts&quot; needs at least one filter row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a churned status; a status cannot be both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a userId or an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;specific&quot; needs at least one user, role or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema version &quot;%1&quot;; this Banister reads &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 2000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; that is not a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is already assigned at %2; list each user once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already assigned at %2 (emails are compared ignoring case); list each user once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout &quot;%1&quot; is already placed at %2; a layout takes the section once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than any layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already listed at %3; list each principal once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket); a profile is a .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>JSON type found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON type found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <comment>JSON type found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <comment>JSON type found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <comment>JSON type found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <comment>JSON type found: no value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Tenant › Gainsight URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant › Staircase URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant › Subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation › Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the connection (AI Follow-Up active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration request, then connect Staircase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation › Support contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation › Note to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping › %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message>
        <source>; fix username ≠ email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout › %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banister setup report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase AI integration — setup report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · generated %3 · Banister %4 · admin %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the tenant already matches the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification has not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report format &quot;.%1&quot;; use .html, .md, .json or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was configured: the profile cannot be applied to this tenant as it is (errors below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was configured: this tenant does not meet the integration&apos;s prerequisites (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still to do in Gainsight (%n warning(s))</source>
        <translation>
            <numerusform>Still to do in Gainsight (%n warning)</numerusform>
            <numerusform>Still to do in Gainsight (%n warnings)</numerusform>
        </translation>
    </message>
    <message>
        <source>no PDF was produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Banister report (schema &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digest does not match the content: the report was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not exactly as Banister wrote it (its layout was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Staircase role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied by %1 on %2, from %3 to %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Role changes (%n)</source>
        <translation>
            <numerusform>Role changes (%n)</numerusform>
            <numerusform>Role changes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already as the profile asks, nothing changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The CRM filter matches %n account(s) at report time.</source>
        <translation>
            <numerusform>The CRM filter matches %n account at report time.</numerusform>
            <numerusform>The CRM filter matches %n accounts at report time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What remains manual (%n)</source>
        <translation>
            <numerusform>What remains manual (%n)</numerusform>
            <numerusform>What remains manual (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence digest (SHA-256 of the report&apos;s canonical JSON): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (+ %n more, see the role changes)</source>
        <translation>
            <numerusform>%1 (+ %n more, see the role changes)</numerusform>
            <numerusform>%1 (+ %n more, see the role changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done by hand in Gainsight or Staircase (%1 of %n confirmed); no documented API can do these</source>
        <translation>
            <numerusform>Done by hand in Gainsight or Staircase (%1 of %n confirmed); no documented API can do these</numerusform>
            <numerusform>Done by hand in Gainsight or Staircase (%1 of %n confirmed); no documented API can do these</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (confirmed by the admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (confirmed by the admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed › Gainsight CS subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed › Staircase AI subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed › Admin on both platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed › Primary CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight (confirmed by the admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce (confirmed by the admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed › AI Follow-Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet confirmed</source>
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
    <name>banister::AccountStatusPicker</name>
    <message>
        <source>Churned and prospect accounts (from the Status field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ActivationArea</name>
    <message>
        <source>Activation: the live state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/activation/path: AI Follow-Up is active on this tenant, so Gainsight Support upgrades the connection; set the path to &quot;upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/activation/path: AI Follow-Up is not active on this tenant, so Staircase is connected to Gainsight after the integration request; set the path to &quot;connect&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile says &quot;%1&quot;, but this tenant&apos;s subdomain is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation: Staircase is connected to &quot;%1&quot;, not &quot;%2&quot;. Disconnect it in Staircase (Settings &gt; Integrations &gt; Gainsight) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Gainsight Support to upgrade the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Gainsight Support to enable the Staircase integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until Gainsight Support has completed the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Staircase to Gainsight (subdomain &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed support request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 support request was found on the tenant; apply again to file it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase is connected to Gainsight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase was already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activation step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight Support completed request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight Support is still working on request %1 (%2). Apply again later: Banister continues from this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live state readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase is connected to Gainsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot; as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase appears in the Gainsight apps menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as &quot;Staircase AI&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight super admins hold Staircase Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n super admin(s) hold the Staircase Admin role.</source>
        <translation>
            <numerusform>%n super admin holds the Staircase Admin role.</numerusform>
            <numerusform>%n super admins hold the Staircase Admin role.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without Staircase Admin: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate single sign-on between Gainsight CS and Staircase AI by opening Staircase from the Gainsight apps menu as one of the assigned users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/activation/supportNote: the note is longer than 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request, contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the support request was lost and Banister could not find out whether it arrived (%1). Look under Gainsight Support&apos;s open requests before applying again; Banister does not file it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filed</source>
        <comment>support request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>support request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>support request status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ActivationModel</name>
    <message>
        <source>AI Follow-Up is active on our tenant (%1). Please upgrade the connection to the full Staircase AI integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please link our Staircase AI tenant with Gainsight CS (subdomain %1) so we can connect the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase is already connected to Gainsight (subdomain &quot;%1&quot;). Nothing to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support request has been filed yet. Banister files it when you apply the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support request is %1. Banister continues from there when you apply the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>support request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>support request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <comment>support request status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight&apos;s public API cannot file support requests or connect Staircase: the Review page lists both as steps you do by hand, with the exact clicks and what to enter, and you confirm each when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ActivationPage</name>
    <message>
        <source>Activate the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight Support links Gainsight CS with your Staircase AI tenant. Banister files the request, tracks it, and connects the two when you apply the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Become Staircase Admin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is active&lt;/b&gt; in Gainsight CS, so the connection already exists and Gainsight Support upgrades it. Banister files the &lt;i&gt;upgrade connection&lt;/i&gt; request and tracks it until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is not active&lt;/b&gt;, so Banister files the &lt;i&gt;Staircase integration&lt;/i&gt; request with Gainsight Support, tracks it, and then connects Staircase to Gainsight with your access key (what an admin would do under Settings &amp;gt; Integrations &amp;gt; Gainsight in Staircase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Gainsight super admins were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight super admins receive Staircase Admin automatically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;to support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is active&lt;/b&gt; (as you confirmed), so Gainsight Support upgrades the existing connection: you send them the &lt;i&gt;upgrade connection&lt;/i&gt; request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is not active&lt;/b&gt; (as you confirmed): you ask Gainsight Support for the &lt;i&gt;Staircase integration&lt;/i&gt;, then connect Staircase to Gainsight under Settings &amp;gt; Integrations &amp;gt; Gainsight in Staircase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ApiJob</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::Applier</name>
    <message>
        <source>Not run: apply was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: an earlier step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area &quot;%1&quot; in this Banister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apply journal cannot be written (%1); nothing was changed. Choose another journal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do by hand: %1 (see the plan&apos;s instructions), then confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet: the tenant&apos;s limit for this API is used up until %1; apply again after %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::Area</name>
    <message>
        <source>This step has a call Banister cannot send by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already as planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::CallHold</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the tenant&apos;s limit on data calls: the next call goes out in %1 (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the tenant&apos;s User Management limit: the next call goes out in %1 (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant did not answer as expected (%1). Trying again in %2 (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant asked Banister to wait (its rate limit, HTTP 429): the call goes out again in %1 (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::Capturer</name>
    <message>
        <source>The tenant&apos;s configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile was made for &quot;%1&quot;, but this tenant is &quot;%2&quot;; pass --retarget to apply it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile was made for &quot;%1&quot;; applying it to &quot;%2&quot; (--retarget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/layouts/%1: no layout named &quot;%2&quot; on this tenant; candidates: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: no user with the email %2 on this tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::CheckList</name>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ConfirmationsBox</name>
    <message>
        <source>Confirm what Gainsight&apos;s public API cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gainsight CS subscription is &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a Staircase AI &amp;subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am an admin in Gainsight CS and a Staircase Admin in Staircase AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides how the integration is activated: with AI Follow-Up on, Gainsight Support upgrades the existing connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant answers only Gainsight&apos;s documented REST, which says nothing about subscriptions, your rights or the primary CRM. Check each where the article says and confirm it here; the profile and the report record your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary CRM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI &amp;Follow-Up in Gainsight CS:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ConnectPage</name>
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
        <source>Start a simulated tenant on this computer, with seeded accounts and users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads what the tenant already has (CRM tab, field mappings, Staircase roles, layouts, dashboard permissions) into every page, as a profile to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s current settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this tenant&apos;s current sett&amp;ings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, another tenant than before: every page reads this tenant again. What you chose or entered stays, and the plan checks it against this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ConnectionForm</name>
    <message>
        <source>Show or hide the access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the key and token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subdomain Staircase&apos;s Gainsight card asks for, from the Gainsight URL (https://acme.gainsightcloud.com → acme). Change it if yours differs; a tenant that can say its own is checked on connecting.</source>
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
        <source>&amp;Gainsight URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bdomain:</source>
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
        <source>API to&amp;ken:</source>
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
    <message>
        <source>Connected to %1. It offers Gainsight&apos;s documented REST only: user roles and usernames are automated; the rest are guided steps you do by hand and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain is &quot;%1&quot;, not &quot;%2&quot;; Banister uses the tenant&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::CrmArea</name>
    <message>
        <source>%1: Staircase is not connected to Gainsight yet. Add the activation step to the profile, or connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM sync: the live state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (not on this tenant&apos;s Company object; removed since the profile was saved?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync %1 accounts to Staircase with the chosen options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn account sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM settings were already as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM sync settings read back equal to the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waits for Staircase to be connected to Gainsight, which the activation step cannot do until the activation error above is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync accounts where %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team hierarchy synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team hierarchy not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call summaries uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call summaries not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/crm/filter/rows: &quot;Sync specific accounts&quot; needs at least one filter row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/crm/filter/rows: at most %1 filter rows are allowed (the profile has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/crm/prospectStatuses/%1: &quot;%2&quot; cannot be both a churned and a prospect status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filter row %2: %3 cannot be used in a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/crm/%1/%2: &quot;%3&quot; is not a Status value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable until Staircase is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant has: %1. The profile asks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filter row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::CrmModel</name>
    <message>
        <source>Add at least one filter row, or choose &quot;Sync all accounts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter row %1: choose a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter row %1: choose at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter row %1: %2 is already filtered in row %3; pick its values there, or choose another field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was a prospect status and is now churned: a status is one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was a churned status and is now a prospect status: a status is one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter row %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM tab&apos;s current settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::CrmPage</name>
    <message>
        <source>&amp;Synchronize Gainsight accounts with Staircase AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync s&amp;pecific accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call summary &amp;upload: log every call summary to the Timeline automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Gainsight accounts reach Staircase AI, and how their status and team structure are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching accounts: counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching accounts: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; accounts match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 of them have a churned or prospect status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;team members&apos; names and reporting structure from Gainsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync an account when it &amp;matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any row (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows combine with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a row, an account matches any of the chosen values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::DashboardArea</name>
    <message>
        <source>Executive dashboard: the permissions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set who can open the Staircase Executive Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard permissions saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard permissions were already as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive dashboard permissions read back equal to the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (only the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: everyone can view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: everyone can view and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: everyone can view and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dashboard/principals: Only &quot;specific&quot; takes principals; remove them or choose &quot;specific&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dashboard/principals: &quot;specific&quot; needs at least one user, role or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: No %2 &quot;%3&quot; on this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: %2 &quot;%3&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type is %1, the profile asks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the principals are in another order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::DashboardModel</name>
    <message>
        <source>Private: no one but the creator has access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: anyone with access to Dashboards can view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public – View &amp; Edit: anyone with access to Dashboards can view it; anyone with access to the Dashboard Builder can edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public – View &amp; Share: anyone with access to Dashboards can view and share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific people: only the users, roles and groups you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Administrator keeps access to the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::DashboardPage</name>
    <message>
        <source>Executive dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can open the Staircase Executive Dashboard (Dashboard Builder › System folder). By default only System Administrator has access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::Engine</name>
    <message>
        <source>The profile manages no area yet: there is nothing to plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsArea</name>
    <message>
        <source>Field mappings: the live state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: Staircase has no account field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/fieldMappings/%1: %2 is mapped out of the box to %3 and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/fieldMappings/%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not mapped; Staircase needs it to work properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Map %n Staircase account field(s) to Gainsight fields</source>
        <translation>
            <numerusform>Map %n Staircase account field to a Gainsight field</numerusform>
            <numerusform>Map %n Staircase account fields to Gainsight fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Field mappings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mappings were already as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mappings read back equal to the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: %2 is mapped twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/fieldMappings/%1/gainsightField: Gainsight has no Company field &quot;%2&quot; (removed since the profile was saved?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: Staircase has no account field &quot;%2&quot; among its standard fields; custom fields can be mapped once Staircase is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable until Staircase is connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsModel</name>
    <message>
        <source>CRM Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase has no account field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped out of the box and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight has no Company field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gainsight field %1 already feeds the Staircase field %2; each Gainsight field maps to one Staircase field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Tier: it is the most important field for Staircase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom field; checked once Staircase is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped out of the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required · most important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration maps %1 itself; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier drives Staircase&apos;s account prioritisation. It must be a single-select picklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsPage</name>
    <message>
        <source>— not mapped —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmap selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Staircase knows about each account. Tier matters most; Revenue, Renewal Date and Journey Stage are needed too. Double-click a Gainsight field to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase is not connected yet, so these are the standard account fields from the integration guide. Custom Staircase fields appear here once it is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys choose a row; F2 changes its Gainsight field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::FilterRowWidget</name>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1: field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1: values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <comment>between low and high</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1: operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1: upper value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::FinishPage</name>
    <message>
        <source>&amp;Export setup report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a setup report as evidence of what was configured, and the profile to set up the next tenant the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export setup report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration is set up on %1 and every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) applied; %2 verification check(s) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was configured on %1: Salesforce is its primary CRM, so Staircase AI is integrated directly with Salesforce. Export the report to keep a record of why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the reverse of this apply on the Review page: what is put back, and what cannot be undone. Nothing changes until you click Apply there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) applied; %n step(s) by hand not yet confirmed (tick Done on the Review page once done).</source>
        <translation>
            <numerusform>%1 change(s) applied; %n step by hand not yet confirmed (tick Done on the Review page once done).</numerusform>
            <numerusform>%1 change(s) applied; %n steps by hand not yet confirmed (tick Done on the Review page once done).</numerusform>
        </translation>
    </message>
    <message>
        <source>What to expect next:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::LayoutPage</name>
    <message>
        <source>&amp;Add to layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C360 / P360 layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Staircase AI insights inside Gainsight: put the Staircase AI section into the 360 layouts. Drag it from the palette into a layout, or use Add and Move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag into a layout&apos;s sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts (tick to include):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the selected layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Staircase AI section joins Gainsight&apos;s palette once Staircase is connected; Banister places it right after connecting when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the current layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag into a layout&apos;s sections, or use Add to layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout name, as under Administration &gt; 360 Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight&apos;s public API cannot list or change 360 layouts: name each layout that gets the Staircase AI section, choose its position and label, and the Review page lists the clicks to do it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add la&amp;yout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this layout out: Banister will not place the section there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::LayoutPreview</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an account by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an account and click Preview to see this layout with its data, the Staircase AI section where you put it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::LayoutsArea</name>
    <message>
        <source>360 layouts: the live state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/layouts/%1: layout &quot;%2&quot; no longer exists on this tenant; it is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &quot;%1&quot; at position %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout already had the section there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase AI section in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360 layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/layouts/%1/sectionLabel: the Staircase AI section needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/layouts/%1/sectionLabel: the label is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the tenant since the plan was made; review the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::LayoutsModel</name>
    <message>
        <source>Choose at least one layout for the Staircase AI section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label has at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase AI insights for %1, once the plan is applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ManualGuide</name>
    <message>
        <source>cannot be read through Gainsight&apos;s public API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Gainsight Support to upgrade the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Gainsight Support to enable the Staircase integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request, completed by Gainsight Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Follow-Up is on in Gainsight CS: contact Gainsight Support and ask them to upgrade the connection to Staircase AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until Support confirms the upgrade is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Gainsight Support and request the Staircase integration; it links Gainsight with your Staircase tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until Support confirms the integration is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your Gainsight subdomain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Staircase to Gainsight (subdomain &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Staircase as an Admin (a Gainsight CS admin who is a Staircase Admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate to Settings &gt; Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the Gainsight card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Connect. The Gainsight login page appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Gainsight credentials; Gainsight gets connected to the Staircase instance and the CRM, Account Fields and Users tabs appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight subdomain: %1
Gainsight URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize Gainsight accounts with Staircase AI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts to sync into Staircase AI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync specific accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned statuses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect statuses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync team member&apos;s names and reporting structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call summary upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Staircase&apos;s CRM tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Staircase, navigate to Settings &gt; Integrations and click the Gainsight card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the CRM tab, set each option as listed below; for Sync specific accounts choose each row&apos;s Field and Values (Add row for the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the count at the bottom of the page matches the count Banister showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Update to save the changes, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Map %n Staircase account field(s) to Gainsight fields</source>
        <translation>
            <numerusform>Map %n Staircase account field to Gainsight fields</numerusform>
            <numerusform>Map %n Staircase account fields to Gainsight fields</numerusform>
        </translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Staircase, navigate to Settings &gt; Configuration &gt; Account Fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each Staircase field below, choose the Gainsight field it is mapped from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Staircase option, single sign-on and permission bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Staircase option in the apps menu, SSO working, bundles assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Gainsight apps menu, verify that the Staircase option appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Staircase from the apps menu as one of the assigned users: single sign-on must work without a second login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Administration &gt; Users and Permissions, verify that users with a Staircase role have the Default Staircase Full Permissions (Full license) or Default Staircase Viewer Plus Permissions (Viewer Plus) bundle, holding Insights &gt; Staircase Communication, Insights &gt; Staircase AI Reports and Settings &gt; Staircase AI Setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) assigned a Staircase role</source>
        <translation>
            <numerusform>%n user assigned a Staircase role</numerusform>
            <numerusform>%n users assigned a Staircase role</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the Staircase AI section to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate to Administration &gt; 360 Layouts &gt; C360/P360 and open the layout %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Configure sections tab, drag and drop the Staircase AI section from the left pane to position %1 (counted from the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the section and rename it to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Optional) Click Preview, then select a record to view a preview of the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Save to apply changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: %1
Section: Staircase AI
Label: %2
Position: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set who can open the Staircase Executive Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate to Administration &gt; Dashboard Builder &gt; Dashboard List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the System folder and locate the Staircase Executive Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the three-vertical dots menu, click Manage Permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the permission type and the people below, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the admin (%1, %2); no public API can read it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed: do it by hand as the plan describes, then confirm it (Done on the Review page, or banister-cli apply --confirm %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase syncs CRM data from Gainsight about every 2 hours: the accounts appear in Staircase after the first sync, expected by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its first sync Staircase fetches 12 months of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data retention is changed through your Staircase account team, not in either admin console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  An account is synced when any row matches (OR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  An account is synced when every row matches (AND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase&apos;s CRM tab, as documented, picks a Field and the Values it is, rows combined by AND; rows with another operator or combined by OR may not be possible there. Check the count Staircase shows before confirming.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ManualStepsPanel</name>
    <message>
        <source>Cop&amp;y what to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the admin &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to do by hand; tick Done when a step is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand in Gainsight or Staircase: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to enter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::PlanModel</name>
    <message>
        <source>Comparing the profile with the live tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be applied to this tenant as it is; see the errors below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the tenant already matches every setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), %1 on a real tenant at its documented rate limits. </source>
        <translation>
            <numerusform>%n change, %1 on a real tenant at its documented rate limits. </numerusform>
            <numerusform>%n changes, %1 on a real tenant at its documented rate limits. </numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n change)</numerusform>
            <numerusform>%1 (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (+ %n more)</source>
        <translation>
            <numerusform>%1 (+ %n more)</numerusform>
            <numerusform>%1 (+ %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <comment>step status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>step status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>step status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apply cannot be undone as it is: the tenant changed since; see the errors below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: the tenant is already as it was before the apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n change(s) put the tenant back as it was before the apply; what cannot be undone is listed below.</source>
        <translation>
            <numerusform>Undo: %n change puts the tenant back as it was before the apply; what cannot be undone is listed below.</numerusform>
            <numerusform>Undo: %n changes put the tenant back as it was before the apply; what cannot be undone is listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>by hand</source>
        <comment>step status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 automated, %2 by hand (Gainsight&apos;s public API cannot do them). </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::PlanView</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area with its steps, before and after; arrow keys open an area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesArea</name>
    <message>
        <source>Prerequisites could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite not met — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites have no step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite not confirmed — %1: %2</source>
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
    <message>
        <source>Could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet: Gainsight&apos;s public API cannot tell; confirm it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the admin: the Gainsight CS subscription is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin says there is no active Gainsight CS subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to check: your Gainsight contract, or ask your Gainsight representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the admin: there is a Staircase AI subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin says there is no Staircase AI subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to check: contact your Gainsight representative to add Staircase AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the admin: admin in Gainsight CS and Staircase Admin in Staircase AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin says they are not an admin on both platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to check: Gainsight Administration &gt; Users and Permissions, and Staircase Settings; a Gainsight super admin can grant both roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the admin: Gainsight is the primary CRM, so the integration is eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is the primary CRM. Staircase AI must then be integrated directly with it, not through Gainsight CS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your organization uses Salesforce as the main CRM with Staircase, it must be integrated directly with SFDC instead (Staircase: Settings &gt; Integrations, the Salesforce card).</source>
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
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This tenant uses Salesforce as its primary CRM.&lt;/b&gt; The Gainsight CS ↔ Staircase AI integration is for tenants whose primary CRM is Gainsight. Integrate Staircase AI directly with Salesforce instead: in Staircase, open &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, choose the &lt;i&gt;Salesforce&lt;/i&gt; card and sign in with a Salesforce admin. Nothing has been changed on this tenant; click &lt;i&gt;Next&lt;/i&gt; to export a report that records why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::PrincipalPicker</name>
    <message>
        <source>Specific people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add su&amp;ggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a user by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or group to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role the article suggests already has access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::ReviewPage</name>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Banister will change on the tenant, compared with what is there now. Nothing changes until you click Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were applied. Click Next to verify them on the tenant.</source>
        <translation>
            <numerusform>The change was applied. Click Next to verify it on the tenant.</numerusform>
            <numerusform>All %n changes were applied. Click Next to verify them on the tenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply stopped: %1 Fix the cause, then click Compare again: Banister continues with what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply stopped after the step that was running. Click Compare again and Apply to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying… you can stop after the current step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The apply was undone (%n change(s)).</source>
        <translation>
            <numerusform>The apply was undone (%n change).</numerusform>
            <numerusform>The apply was undone (%n changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s) on %1 (%2)?</source>
        <translation>
            <numerusform>Undo %n change on %1 (%2)?</numerusform>
            <numerusform>Undo %n changes on %1 (%2)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) on %1 (%2)? %3</source>
        <translation>
            <numerusform>Apply %n change on %1 (%2)? %3</numerusform>
            <numerusform>Apply %n changes on %1 (%2)? %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The automated changes were applied. Do the %n step(s) by hand listed above, tick Done for each, then click Next to verify.</source>
        <translation>
            <numerusform>The automated changes were applied. Do the %n step by hand listed above, tick Done for it, then click Next to verify.</numerusform>
            <numerusform>The automated changes were applied. Do the %n steps by hand listed above, tick Done for each, then click Next to verify.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banister::SetupWizard</name>
    <message>
        <source>Banister — Staircase AI integration setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every setting from a profile file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every setting to a profile file, without secrets (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Banister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banister profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used, so nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banister profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved; the file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every page now starts from this tenant&apos;s settings: %n layout(s) with the Staircase AI section, %1 user(s) with a Staircase role. Save them as a profile to set up another tenant the same way.</source>
        <translation>
            <numerusform>Every page now starts from this tenant&apos;s settings: %n layout with the Staircase AI section, %1 user(s) with a Staircase role. Save them as a profile to set up another tenant the same way.</numerusform>
            <numerusform>Every page now starts from this tenant&apos;s settings: %n layouts with the Staircase AI section, %1 user(s) with a Staircase role. Save them as a profile to set up another tenant the same way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings have changed since the profile was last saved. Save them as a profile before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile opened or saved lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: every page now shows its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear this list</source>
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
    <name>banister::UndoPlanner</name>
    <message>
        <source>no mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply (now: %2); --force overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply (now: %2). The undo would overwrite that; review it, or undo with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 — a filed support request cannot be withdrawn through the API; ask Gainsight Support to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 — Staircase stays connected (and super admins keep Staircase Admin); disconnect it in Staircase under Settings &gt; Integrations &gt; Gainsight if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 — the user already signed out of SSO and signs in with their email; the old username is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the CRM sync settings back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the field mappings back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layout no longer exists on this tenant, so it cannot be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the Staircase AI section out of %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the Executive dashboard permissions back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive now, so their role cannot be put back until they are activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply: %2. The undo would overwrite that; review it, or undo with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put the roles of %n user(s) back</source>
        <translation>
            <numerusform>Put the role of %n user back</numerusform>
            <numerusform>Put the roles of %n users back</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant&apos;s current state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::UserAccessArea</name>
    <message>
        <source>Staircase is not connected to Gainsight: users get Staircase access (with its permissions and single sign-on) only once it is. Connect it on the Activation page, or add activation to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase access waits for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access: the users could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid email, so Staircase access cannot work; correct the email in User Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the username (%2) differs from the email, so Staircase access will not work until they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Staircase role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the Staircase role of %n user(s)</source>
        <translation>
            <numerusform>Set the Staircase role of %n user</numerusform>
            <numerusform>Set the Staircase role of %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1&apos;s username their email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating signs %1 out of platform SSO; they sign in again with their email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roles set for %n user(s).</source>
        <translation>
            <numerusform>Roles set for %n user.</numerusform>
            <numerusform>Roles set for %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles were already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username is now %1; the user is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned users have Staircase access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective permissions hold the Staircase bundle items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n user(s): %1.</source>
        <translation>
            <numerusform>Checked %n user: %1.</numerusform>
            <numerusform>Checked %n users: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing items for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on into Staircase works</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n user(s).</source>
        <translation>
            <numerusform>Checked %n user.</numerusform>
            <numerusform>Checked %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell users whose username was changed to sign in again with their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: User %2 was not found on this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: %2 is assigned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: %2 is a Gainsight super admin and keeps Staircase Admin; assign Admin or leave them out of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish making %1&apos;s username their email (an earlier apply stopped half-way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username %1, inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username %1, active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assigned user(s) have access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n need attention: %1</source>
        <translation>
            <numerusform>; %n needs attention: %1</numerusform>
            <numerusform>; %n need attention: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; without access although nothing is in the way: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do in Gainsight User Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant lists no Staircase permission bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive: no Staircase access until the user is activated in User Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a Viewer license: the Staircase bundles cover Full and Viewer Plus licenses only; change the license in User Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a super admin, who cannot be deactivated, so the username fix cannot run; change the username (%2) to the email in User Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another user already has the username %2, so the username fix cannot run; resolve it in User Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned users hold their Staircase role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read back with the role the profile gives them.</source>
        <translation>
            <numerusform>%n user read back with the role the profile gives them.</numerusform>
            <numerusform>%n users read back with the role the profile gives them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the profile&apos;s role: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::UserAccessModel</name>
    <message>
        <source>username ≠ email: Staircase cannot link the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid email: Staircase access cannot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive: no access, roles cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer license: no Staircase bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Staircase Full Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Staircase Viewer Plus Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (Viewer license)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dynamic rule gives users with a Staircase role the bundle of their license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::UserAccessPage</name>
    <message>
        <source>Set for &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers → Staircase &amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix usernames that differ from the email (deactivate → update → reactivate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase access follows the GS role: Staircase User (CSMs, their accounts), Manager (team leads, team stats) or Admin (settings). The username must equal a valid email, and the user must be active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles: a dynamic rule gives every user with a Staircase role the &lt;i&gt;Default Staircase Full Permissions&lt;/i&gt; (Full license) or &lt;i&gt;Default Staircase Viewer Plus Permissions&lt;/i&gt; (Viewer Plus) bundle: Insights › Staircase Communication, Insights › Staircase AI Reports, Settings › Staircase AI Setting. Removing the role or inactivating the user revokes access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users · %2 role change(s) in %3 call(s) of at most 50 users; on a real tenant (100 User Management requests an hour) that takes %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close Banister meanwhile: applying again continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username fix deactivates each user for a moment: it signs them out of platform SSO, and they sign in again with their email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gainsight super admins keep Staircase Admin, so their role was not changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase role to set for the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::UserFilterBar</name>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, email or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Staircase role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staircase %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::UsersView</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys select a user, Shift or Ctrl with them select several; Tab moves on to the role for the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banister::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banister reads the configuration back from the tenant and checks it against what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration back from the tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>The check passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checks failed. Go back to Review to apply what is missing, or see the detail of each check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every check passed; %n warning(s) name what is still to do in Gainsight.</source>
        <translation>
            <numerusform>Every check passed; %n warning names what is still to do in Gainsight.</numerusform>
            <numerusform>Every check passed; %n warnings name what is still to do in Gainsight.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything Banister can read passed; %n step(s) done by hand are not yet confirmed. Do them as the Review page describes and tick Done for each.</source>
        <translation>
            <numerusform>Everything Banister can read passed; %n step done by hand is not yet confirmed. Do it as the Review page describes and tick Done.</numerusform>
            <numerusform>Everything Banister can read passed; %n steps done by hand are not yet confirmed. Do them as the Review page describes and tick Done for each.</numerusform>
        </translation>
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
