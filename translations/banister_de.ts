<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>Ask a super admin to grant it, or use an admin&apos;s key.</source>
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
        <source>The host %1 could not be found. Check the URL for typos and your network&apos;s DNS.</source>
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
        <source>A secure connection to %1 could not be established: %2. Check the URL, or the system&apos;s trusted certificates.</source>
        <translation>Zu %1 konnte keine sichere Verbindung aufgebaut werden: %2. Prüfen Sie die URL oder die vertrauenswürdigen Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer could not be read (it is not the JSON Gainsight sends).</source>
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
    <message>
        <source>%1 redirected Banister to %2, which is not the tenant&apos;s own address. Banister did not follow it, so the access key and token were not sent there. Check the URL: enter the address the tenant finally answers at.</source>
        <translation>%1 hat Banister nach %2 umgeleitet – das ist nicht die eigene Adresse des Mandanten. Banister ist der Umleitung nicht gefolgt, Zugriffsschlüssel und Token wurden also nicht dorthin gesendet. Prüfen Sie die URL: Geben Sie die Adresse ein, unter der der Mandant letztlich antwortet.</translation>
    </message>
    <message>
        <source>The tenant&apos;s limit for this API is used up until %1, and Banister sent nothing more. Try again after %1: an apply continues where it stopped.</source>
        <translation>Das Limit des Mandanten für diese API ist bis %1 ausgeschöpft, und Banister hat nichts mehr gesendet. Versuchen Sie es nach %1 erneut: Ein Anwenden geht dort weiter, wo es aufgehört hat.</translation>
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
    <name>CrmFilter</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>list of values: &apos;A, B&apos; &apos;or&apos; &apos;C&apos;</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>is</source>
        <comment>filter operator</comment>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <comment>filter operator</comment>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <comment>filter operator</comment>
        <translation>enthält</translation>
    </message>
    <message>
        <source>between</source>
        <comment>filter operator</comment>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; use one of %2</source>
        <translation>unbekannter Operator „%1“; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to %2 (a %3 field)</source>
        <translation>Operator „%1“ passt nicht zu %2 (ein Feld vom Typ %3)</translation>
    </message>
    <message>
        <source>values must be a non-empty array</source>
        <translation>die Werte dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes exactly one value</source>
        <translation>„%1“ nimmt genau einen Wert</translation>
    </message>
    <message>
        <source>&quot;between&quot; takes two values, the lower first</source>
        <translation>„zwischen“ nimmt zwei Werte, den kleineren zuerst</translation>
    </message>
    <message>
        <source>at most 10 000 values are allowed</source>
        <translation>höchstens 10 000 Werte sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;contains&quot; takes at most %1 values of 1 to %2 characters</source>
        <translation>„enthält“ nimmt höchstens %1 Werte mit je 1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keiner von %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>%1 is a multi-select picklist; Staircase takes single-select picklists only</source>
        <translation>%1 ist eine Mehrfachauswahlliste; Staircase akzeptiert nur Einfachauswahllisten</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a number or currency field</source>
        <translation>%1 ist vom Typ %2; %3 braucht ein Zahlen- oder Währungsfeld</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a date field</source>
        <translation>%1 ist vom Typ %2; %3 braucht ein Datumsfeld</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a text field</source>
        <translation>%1 ist vom Typ %2; %3 braucht ein Textfeld</translation>
    </message>
    <message>
        <source>%1 is mapped by the integration itself</source>
        <translation>%1 wird von der Integration selbst zugeordnet</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a single-select picklist field</source>
        <translation>%1 ist vom Typ %2; %3 braucht eine Einfachauswahlliste</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s) %1 h</source>
        <translation>
            <numerusform>etwa %n Tag %1 h</numerusform>
            <numerusform>etwa %n Tage %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n calendar day(s): User Management allows %2 calls a day, so its %3 calls stop at each day&apos;s cap and continue after it resets (00:00 UTC)</source>
        <translation>
            <numerusform>%1 über %n Kalendertag: User Management erlaubt %2 Aufrufe am Tag, seine %3 Aufrufe halten also an jeder Tagesgrenze an und gehen nach dem Zurücksetzen weiter (00:00 UTC)</numerusform>
            <numerusform>%1 über %n Kalendertage: User Management erlaubt %2 Aufrufe am Tag, seine %3 Aufrufe halten also an jeder Tagesgrenze an und gehen nach dem Zurücksetzen weiter (00:00 UTC)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of %2</source>
        <translation>unbekannter Wert „%1“; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>muss ein Array aus Zeichenketten sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>muss ein Array sein, ist aber %1</translation>
    </message>
    <message>
        <source>must name a Company field</source>
        <translation>muss ein Company-Feld nennen</translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation>braucht mindestens einen Wert</translation>
    </message>
    <message>
        <source>&quot;Sync specific accounts&quot; needs at least one filter row</source>
        <translation>„Bestimmte Konten synchronisieren“ braucht mindestens eine Filterzeile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a churned status; a status cannot be both</source>
        <translation>„%1“ ist schon ein Churned-Status; ein Status kann nicht beides sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped twice</source>
        <translation>„%1“ ist doppelt zugeordnet</translation>
    </message>
    <message>
        <source>needs a userId or an email</source>
        <translation>braucht eine userId oder eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is longer than 80 characters</source>
        <translation>ist länger als 80 Zeichen</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation>muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>&quot;specific&quot; needs at least one user, role or group</source>
        <translation>„specific“ braucht mindestens einen Benutzer, eine Rolle oder eine Gruppe</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation>ein Profil muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>required (&quot;%1&quot;)</source>
        <translation>erforderlich („%1“)</translation>
    </message>
    <message>
        <source>unknown schema version &quot;%1&quot;; this Banister reads &quot;%2&quot;</source>
        <translation>unbekannte Schemaversion „%1“; dieses Banister liest „%2“</translation>
    </message>
    <message>
        <source>is longer than 2000 characters</source>
        <translation>ist länger als 2000 Zeichen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; that is not a profile</source>
        <translation>%1 ist größer als 16 MiB; das ist kein Profil</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is already assigned at %2; list each user once</source>
        <translation>Benutzer „%1“ ist bereits unter %2 zugewiesen; führen Sie jeden Benutzer nur einmal auf</translation>
    </message>
    <message>
        <source>%1 is already assigned at %2 (emails are compared ignoring case); list each user once</source>
        <translation>%1 ist bereits unter %2 zugewiesen (E-Mail-Adressen werden ohne Rücksicht auf Groß-/Kleinschreibung verglichen); führen Sie jeden Benutzer nur einmal auf</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot; is already placed at %2; a layout takes the section once</source>
        <translation>Layout „%1“ ist bereits unter %2 aufgeführt; ein Layout nimmt den Abschnitt nur einmal auf</translation>
    </message>
    <message>
        <source>is larger than any layout</source>
        <translation>ist größer als jedes Layout</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already listed at %3; list each principal once</source>
        <translation>%1 „%2“ ist bereits unter %3 aufgeführt; führen Sie jeden Berechtigten nur einmal auf</translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file</source>
        <translation>%1 kann nicht gelesen werden: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a profile</source>
        <translation>%1 ist ein Ordner, kein Profil</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket); a profile is a .json file</source>
        <translation>%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket); ein Profil ist eine .json-Datei</translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>JSON type found</comment>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON type found</comment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>JSON type found</comment>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>JSON type found</comment>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>JSON type found</comment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>JSON type found: no value</comment>
        <translation>nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Tenant › Gainsight URL</source>
        <translation>Mandant › Gainsight-URL</translation>
    </message>
    <message>
        <source>Tenant › Staircase URL</source>
        <translation>Mandant › Staircase-URL</translation>
    </message>
    <message>
        <source>Tenant › Subdomain</source>
        <translation>Mandant › Subdomain</translation>
    </message>
    <message>
        <source>Activation › Path</source>
        <translation>Aktivierung › Weg</translation>
    </message>
    <message>
        <source>upgrade the connection (AI Follow-Up active)</source>
        <translation>Verbindung upgraden (AI Follow-Up aktiv)</translation>
    </message>
    <message>
        <source>integration request, then connect Staircase</source>
        <translation>Integrationsanfrage, dann Staircase verbinden</translation>
    </message>
    <message>
        <source>Activation › Support contact</source>
        <translation>Aktivierung › Support-Kontakt</translation>
    </message>
    <message>
        <source>Activation › Note to support</source>
        <translation>Aktivierung › Nachricht an den Support</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>CRM-Synchronisierung</translation>
    </message>
    <message>
        <source>Field mapping › %1</source>
        <translation>Feldzuordnung › %1</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>Benutzerzugriff</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n Zuweisung</numerusform>
            <numerusform>%n Zuweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; fix username ≠ email</source>
        <translation>; Benutzername ≠ E-Mail korrigieren</translation>
    </message>
    <message>
        <source>Layout › %1</source>
        <translation>Layout › %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2</source>
        <translation>„%1“ an Position %2</translation>
    </message>
    <message>
        <source>Executive dashboard</source>
        <translation>Executive-Dashboard</translation>
    </message>
    <message>
        <source>Banister setup report</source>
        <translation>Banister-Einrichtungsbericht</translation>
    </message>
    <message>
        <source>Staircase AI integration — setup report</source>
        <translation>Staircase-AI-Integration – Einrichtungsbericht</translation>
    </message>
    <message>
        <source>%1 (%2) · generated %3 · Banister %4 · admin %5</source>
        <translation>%1 (%2) · erstellt %3 · Banister %4 · Admin %5</translation>
    </message>
    <message>
        <source>Settings chosen</source>
        <translation>Gewählte Einstellungen</translation>
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
        <source>Plan and result</source>
        <translation>Plan und Ergebnis</translation>
    </message>
    <message>
        <source>Nothing to change: the tenant already matches the profile.</source>
        <translation>Nichts zu ändern: der Mandant entspricht bereits dem Profil.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verification has not run.</source>
        <translation>Die Prüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>unknown report format &quot;.%1&quot;; use .html, .md, .json or .pdf</source>
        <translation>unbekanntes Berichtsformat „.%1“; verwenden Sie .html, .md, .json oder .pdf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>%1 kann nicht geschrieben werden: es ist keine normale Datei</translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation>%1 kann nicht geschrieben werden: die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Nothing was configured: the profile cannot be applied to this tenant as it is (errors below).</source>
        <translation>Es wurde nichts konfiguriert: Das Profil kann so nicht auf diesen Mandanten angewendet werden (Fehler unten).</translation>
    </message>
    <message>
        <source>Nothing was configured: this tenant does not meet the integration&apos;s prerequisites (below).</source>
        <translation>Es wurde nichts konfiguriert: Dieser Mandant erfüllt die Voraussetzungen der Integration nicht (siehe unten).</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message numerus="yes">
        <source>Still to do in Gainsight (%n warning(s))</source>
        <translation>
            <numerusform>Noch in Gainsight zu erledigen (%n Warnung)</numerusform>
            <numerusform>Noch in Gainsight zu erledigen (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no PDF was produced</source>
        <translation>es wurde keine PDF-Datei erzeugt</translation>
    </message>
    <message>
        <source>not a JSON report: %1</source>
        <translation>kein JSON-Bericht: %1</translation>
    </message>
    <message>
        <source>not a Banister report (schema &quot;%1&quot;)</source>
        <translation>kein Banister-Bericht (Schema „%1“)</translation>
    </message>
    <message>
        <source>the report has no digest</source>
        <translation>der Bericht hat keinen Digest</translation>
    </message>
    <message>
        <source>the digest does not match the content: the report was changed after it was written</source>
        <translation>der Digest passt nicht zum Inhalt: Der Bericht wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>the file is not exactly as Banister wrote it (its layout was changed)</source>
        <translation>die Datei ist nicht genau so, wie Banister sie geschrieben hat (ihre Formatierung wurde geändert)</translation>
    </message>
    <message>
        <source>no Staircase role</source>
        <translation>keine Staircase-Rolle</translation>
    </message>
    <message>
        <source>Applied by %1 on %2, from %3 to %4: %5.</source>
        <translation>Angewendet von %1 auf %2, von %3 bis %4: %5.</translation>
    </message>
    <message>
        <source>What was applied</source>
        <translation>Was angewendet wurde</translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation>Anfrage-IDs</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>Role changes (%n)</source>
        <translation>
            <numerusform>Rollenänderungen (%n)</numerusform>
            <numerusform>Rollenänderungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Already as the profile asks, nothing changed: %1.</source>
        <translation>Bereits wie im Profil verlangt, nichts geändert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM filter matches %n account(s) at report time.</source>
        <translation>
            <numerusform>Der CRM-Filter trifft zum Zeitpunkt des Berichts auf %n Konto zu.</numerusform>
            <numerusform>Der CRM-Filter trifft zum Zeitpunkt des Berichts auf %n Konten zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>Plan jetzt</translation>
    </message>
    <message numerus="yes">
        <source>What remains manual (%n)</source>
        <translation>
            <numerusform>Was manuell bleibt (%n)</numerusform>
            <numerusform>Was manuell bleibt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence digest (SHA-256 of the report&apos;s canonical JSON): %1</source>
        <translation>Nachweis-Digest (SHA-256 des kanonischen JSON des Berichts): %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+ %n more, see the role changes)</source>
        <translation>
            <numerusform>%1 (+ %n weiterer, siehe die Rollenänderungen)</numerusform>
            <numerusform>%1 (+ %n weitere, siehe die Rollenänderungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done by hand in Gainsight or Staircase (%1 of %n confirmed); no documented API can do these</source>
        <translation>
            <numerusform>Von Hand in Gainsight oder Staircase erledigt (%1 von %n bestätigt); keine dokumentierte API kann das</numerusform>
            <numerusform>Von Hand in Gainsight oder Staircase erledigt (%1 von %n bestätigt); keine dokumentierte API kann das</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed by %1 at %2.</source>
        <translation>Bestätigt von %1 am %2.</translation>
    </message>
    <message>
        <source>Not yet confirmed.</source>
        <translation>Noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>What to expect next</source>
        <translation>Was als Nächstes zu erwarten ist</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>yes (confirmed by the admin)</source>
        <translation>ja (vom Admin bestätigt)</translation>
    </message>
    <message>
        <source>no (confirmed by the admin)</source>
        <translation>nein (vom Admin bestätigt)</translation>
    </message>
    <message>
        <source>Confirmed › Gainsight CS subscription</source>
        <translation>Bestätigt › Gainsight-CS-Abonnement</translation>
    </message>
    <message>
        <source>Confirmed › Staircase AI subscription</source>
        <translation>Bestätigt › Staircase-AI-Abonnement</translation>
    </message>
    <message>
        <source>Confirmed › Admin on both platforms</source>
        <translation>Bestätigt › Admin auf beiden Plattformen</translation>
    </message>
    <message>
        <source>Confirmed › Primary CRM</source>
        <translation>Bestätigt › Primäres CRM</translation>
    </message>
    <message>
        <source>Gainsight (confirmed by the admin)</source>
        <translation>Gainsight (vom Admin bestätigt)</translation>
    </message>
    <message>
        <source>Salesforce (confirmed by the admin)</source>
        <translation>Salesforce (vom Admin bestätigt)</translation>
    </message>
    <message>
        <source>Confirmed › AI Follow-Up</source>
        <translation>Bestätigt › AI Follow-Up</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>noch nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the tenant URL, for example https://yourcompany.gainsightcloud.com.</source>
        <translation>Geben Sie die URL des Mandanten ein, zum Beispiel https://ihrefirma.gainsightcloud.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Only http and https URLs are supported (got &quot;%1&quot;).</source>
        <translation>Nur http- und https-URLs werden unterstützt (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The tenant URL must use https; plain http is accepted only for this computer (127.0.0.1, ::1, localhost), so the access key never travels unencrypted.</source>
        <translation>Die URL des Mandanten muss https verwenden; einfaches http ist nur für diesen Computer erlaubt (127.0.0.1, ::1, localhost), damit der Zugriffsschlüssel nie unverschlüsselt übertragen wird.</translation>
    </message>
</context>
<context>
    <name>banister::AccountStatusPicker</name>
    <message>
        <source>Churned and prospect accounts (from the Status field)</source>
        <translation>Churned- und Prospect-Konten (aus dem Feld Status)</translation>
    </message>
    <message>
        <source>Churned:</source>
        <translation>Churned:</translation>
    </message>
    <message>
        <source>Prospect:</source>
        <translation>Prospect:</translation>
    </message>
</context>
<context>
    <name>banister::ActivationArea</name>
    <message>
        <source>Activation: the live state could not be read: %1</source>
        <translation>Aktivierung: der aktuelle Zustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>/activation/path: AI Follow-Up is active on this tenant, so Gainsight Support upgrades the connection; set the path to &quot;upgrade&quot;.</source>
        <translation>/activation/path: AI Follow-Up ist auf diesem Mandanten aktiv, daher upgradet der Gainsight-Support die Verbindung; setzen Sie den Weg auf „upgrade“.</translation>
    </message>
    <message>
        <source>/activation/path: AI Follow-Up is not active on this tenant, so Staircase is connected to Gainsight after the integration request; set the path to &quot;connect&quot;.</source>
        <translation>/activation/path: AI Follow-Up ist auf diesem Mandanten nicht aktiv, daher wird Staircase nach der Integrationsanfrage mit Gainsight verbunden; setzen Sie den Weg auf „connect“.</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile says &quot;%1&quot;, but this tenant&apos;s subdomain is &quot;%2&quot;.</source>
        <translation>/tenant/subdomain: das Profil nennt „%1“, die Subdomain dieses Mandanten ist aber „%2“.</translation>
    </message>
    <message>
        <source>Activation: Staircase is connected to &quot;%1&quot;, not &quot;%2&quot;. Disconnect it in Staircase (Settings &gt; Integrations &gt; Gainsight) first.</source>
        <translation>Aktivierung: Staircase ist mit „%1“ verbunden, nicht mit „%2“. Trennen Sie die Verbindung zuerst in Staircase (Settings &gt; Integrations &gt; Gainsight).</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to upgrade the connection</source>
        <translation>Gainsight-Support um das Upgrade der Verbindung bitten</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to enable the Staircase integration</source>
        <translation>Gainsight-Support um die Freischaltung der Staircase-Integration bitten</translation>
    </message>
    <message>
        <source>Wait until Gainsight Support has completed the request</source>
        <translation>Warten, bis der Gainsight-Support die Anfrage erledigt hat</translation>
    </message>
    <message>
        <source>Connect Staircase to Gainsight (subdomain &quot;%1&quot;)</source>
        <translation>Staircase mit Gainsight verbinden (Subdomain „%1“)</translation>
    </message>
    <message>
        <source>Filed support request %1.</source>
        <translation>Support-Anfrage %1 gestellt.</translation>
    </message>
    <message>
        <source>No %1 support request was found on the tenant; apply again to file it.</source>
        <translation>Auf dem Mandanten wurde keine %1-Support-Anfrage gefunden; wenden Sie den Plan erneut an, um sie zu stellen.</translation>
    </message>
    <message>
        <source>Staircase is connected to Gainsight.</source>
        <translation>Staircase ist mit Gainsight verbunden.</translation>
    </message>
    <message>
        <source>Staircase was already connected.</source>
        <translation>Staircase war bereits verbunden.</translation>
    </message>
    <message>
        <source>Unknown activation step %1.</source>
        <translation>Unbekannter Aktivierungsschritt %1.</translation>
    </message>
    <message>
        <source>Gainsight Support completed request %1.</source>
        <translation>Der Gainsight-Support hat die Anfrage %1 erledigt.</translation>
    </message>
    <message>
        <source>Gainsight Support is still working on request %1 (%2). Apply again later: Banister continues from this step.</source>
        <translation>Der Gainsight-Support arbeitet noch an der Anfrage %1 (%2). Wenden Sie den Plan später erneut an: Banister macht bei diesem Schritt weiter.</translation>
    </message>
    <message>
        <source>Live state readable</source>
        <translation>Aktueller Zustand lesbar</translation>
    </message>
    <message>
        <source>Staircase is connected to Gainsight</source>
        <translation>Staircase ist mit Gainsight verbunden</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot; as %2.</source>
        <translation>Verbunden mit „%1“ als %2.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Staircase appears in the Gainsight apps menu</source>
        <translation>Staircase erscheint im App-Menü von Gainsight</translation>
    </message>
    <message>
        <source>Listed as &quot;Staircase AI&quot;.</source>
        <translation>Aufgeführt als „Staircase AI“.</translation>
    </message>
    <message>
        <source>Not listed.</source>
        <translation>Nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Gainsight super admins hold Staircase Admin</source>
        <translation>Gainsight-Super-Admins haben Staircase Admin</translation>
    </message>
    <message numerus="yes">
        <source>%n super admin(s) hold the Staircase Admin role.</source>
        <translation>
            <numerusform>%n Super-Admin hat die Rolle Staircase Admin.</numerusform>
            <numerusform>%n Super-Admins haben die Rolle Staircase Admin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without Staircase Admin: %1.</source>
        <translation>Ohne Staircase Admin: %1.</translation>
    </message>
    <message>
        <source>Validate single sign-on between Gainsight CS and Staircase AI by opening Staircase from the Gainsight apps menu as one of the assigned users.</source>
        <translation>Prüfen Sie das Single Sign-on zwischen Gainsight CS und Staircase AI, indem Sie Staircase als einer der zugewiesenen Benutzer über das App-Menü von Gainsight öffnen.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>/activation/supportNote: the note is longer than 2000 characters.</source>
        <translation>/activation/supportNote: Die Nachricht ist länger als 2000 Zeichen.</translation>
    </message>
    <message>
        <source>no request filed</source>
        <translation>keine Anfrage gestellt</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request</source>
        <translation>eine Anfrage „%1“</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request, contact %2</source>
        <translation>eine Anfrage „%1“, Kontakt %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connected to &quot;%1&quot;</source>
        <translation>verbunden mit „%1“</translation>
    </message>
    <message>
        <source>The answer to the support request was lost and Banister could not find out whether it arrived (%1). Look under Gainsight Support&apos;s open requests before applying again; Banister does not file it twice.</source>
        <translation>Die Antwort auf die Support-Anfrage ging verloren, und Banister konnte nicht feststellen, ob die Anfrage angekommen ist (%1). Sehen Sie bei den offenen Anfragen des Gainsight-Supports nach, bevor Sie erneut anwenden; Banister stellt sie nicht zweimal.</translation>
    </message>
    <message>
        <source>not filed</source>
        <comment>support request status</comment>
        <translation>keine Anfrage gestellt</translation>
    </message>
    <message>
        <source>open</source>
        <comment>support request status</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>support request status</comment>
        <translation>in Bearbeitung</translation>
    </message>
</context>
<context>
    <name>banister::ActivationModel</name>
    <message>
        <source>AI Follow-Up is active on our tenant (%1). Please upgrade the connection to the full Staircase AI integration.</source>
        <translation>AI Follow-Up ist auf unserem Mandanten (%1) aktiv. Bitte upgraden Sie die Verbindung zur vollen Staircase-AI-Integration.</translation>
    </message>
    <message>
        <source>Please link our Staircase AI tenant with Gainsight CS (subdomain %1) so we can connect the two.</source>
        <translation>Bitte verknüpfen Sie unseren Staircase-AI-Mandanten mit Gainsight CS (Subdomain %1), damit wir beide verbinden können.</translation>
    </message>
    <message>
        <source>Staircase is already connected to Gainsight (subdomain &quot;%1&quot;). Nothing to do here.</source>
        <translation>Staircase ist bereits mit Gainsight verbunden (Subdomain „%1“). Hier ist nichts zu tun.</translation>
    </message>
    <message>
        <source>No support request has been filed yet. Banister files it when you apply the plan.</source>
        <translation>Es wurde noch keine Support-Anfrage gestellt. Banister stellt sie, wenn Sie den Plan anwenden.</translation>
    </message>
    <message>
        <source>The support request is %1. Banister continues from there when you apply the plan.</source>
        <translation>Die Support-Anfrage ist im Status %1. Banister macht dort weiter, wenn Sie den Plan anwenden.</translation>
    </message>
    <message>
        <source>open</source>
        <comment>support request status</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>support request status</comment>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>done</source>
        <comment>support request status</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Gainsight&apos;s public API cannot file support requests or connect Staircase: the Review page lists both as steps you do by hand, with the exact clicks and what to enter, and you confirm each when it is done.</source>
        <translation>Die öffentliche API von Gainsight kann keine Support-Anfragen stellen und Staircase nicht verbinden: Die Seite Prüfen und anwenden führt beides als Schritte auf, die Sie von Hand erledigen, mit den genauen Klicks und Eingaben, und Sie bestätigen jeden, wenn er erledigt ist.</translation>
    </message>
</context>
<context>
    <name>banister::ActivationPage</name>
    <message>
        <source>Activate the integration</source>
        <translation>Integration aktivieren</translation>
    </message>
    <message>
        <source>Gainsight Support links Gainsight CS with your Staircase AI tenant. Banister files the request, tracks it, and connects the two when you apply the plan.</source>
        <translation>Der Gainsight-Support verknüpft Gainsight CS mit Ihrem Staircase-AI-Mandanten. Banister stellt die Anfrage, verfolgt sie und verbindet beide, wenn Sie den Plan anwenden.</translation>
    </message>
    <message>
        <source>Support &amp;contact:</source>
        <translation>Support-&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Become Staircase Admin:</source>
        <translation>Künftige Staircase Admins:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>W&amp;iederholen</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is active&lt;/b&gt; in Gainsight CS, so the connection already exists and Gainsight Support upgrades it. Banister files the &lt;i&gt;upgrade connection&lt;/i&gt; request and tracks it until it is done.</source>
        <translation>&lt;b&gt;AI Follow-Up ist aktiv&lt;/b&gt; in Gainsight CS, die Verbindung besteht also schon und der Gainsight-Support upgradet sie. Banister stellt die Anfrage &lt;i&gt;Verbindung upgraden&lt;/i&gt; und verfolgt sie bis zum Abschluss.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is not active&lt;/b&gt;, so Banister files the &lt;i&gt;Staircase integration&lt;/i&gt; request with Gainsight Support, tracks it, and then connects Staircase to Gainsight with your access key (what an admin would do under Settings &amp;gt; Integrations &amp;gt; Gainsight in Staircase).</source>
        <translation>&lt;b&gt;AI Follow-Up ist nicht aktiv&lt;/b&gt;, daher stellt Banister die Anfrage &lt;i&gt;Staircase-Integration&lt;/i&gt; beim Gainsight-Support, verfolgt sie und verbindet dann Staircase mit Ihrem Zugriffsschlüssel mit Gainsight (was ein Admin in Staircase unter Settings &amp;gt; Integrations &amp;gt; Gainsight täte).</translation>
    </message>
    <message>
        <source>No Gainsight super admins were found.</source>
        <translation>Es wurden keine Gainsight-Super-Admins gefunden.</translation>
    </message>
    <message>
        <source>Gainsight super admins receive Staircase Admin automatically: %1</source>
        <translation>Gainsight-Super-Admins erhalten Staircase Admin automatisch: %1</translation>
    </message>
    <message>
        <source>Note &amp;to support:</source>
        <translation>&amp;Nachricht an den Support:</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is active&lt;/b&gt; (as you confirmed), so Gainsight Support upgrades the existing connection: you send them the &lt;i&gt;upgrade connection&lt;/i&gt; request.</source>
        <translation>&lt;b&gt;AI Follow-Up ist aktiv&lt;/b&gt; (wie Sie bestätigt haben), daher aktualisiert der Gainsight-Support die bestehende Verbindung: Sie senden ihm die Anfrage &lt;i&gt;Verbindung aktualisieren&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is not active&lt;/b&gt; (as you confirmed): you ask Gainsight Support for the &lt;i&gt;Staircase integration&lt;/i&gt;, then connect Staircase to Gainsight under Settings &amp;gt; Integrations &amp;gt; Gainsight in Staircase.</source>
        <translation>&lt;b&gt;AI Follow-Up ist nicht aktiv&lt;/b&gt; (wie Sie bestätigt haben): Sie bitten den Gainsight-Support um die &lt;i&gt;Staircase-Integration&lt;/i&gt; und verbinden dann Staircase in Staircase unter Settings &amp;gt; Integrations &amp;gt; Gainsight mit Gainsight.</translation>
    </message>
</context>
<context>
    <name>banister::ApiJob</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>banister::Applier</name>
    <message>
        <source>Not run: apply was canceled.</source>
        <translation>Nicht ausgeführt: das Anwenden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not run: an earlier step failed.</source>
        <translation>Nicht ausgeführt: ein früherer Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No area &quot;%1&quot; in this Banister.</source>
        <translation>Dieses Banister kennt den Bereich „%1“ nicht.</translation>
    </message>
    <message>
        <source>The apply journal cannot be written (%1); nothing was changed. Choose another journal file.</source>
        <translation>Das Anwendungsprotokoll kann nicht geschrieben werden (%1); es wurde nichts geändert. Wählen Sie eine andere Protokolldatei.</translation>
    </message>
    <message>
        <source>To do by hand: %1 (see the plan&apos;s instructions), then confirm it.</source>
        <translation>Von Hand zu erledigen: %1 (siehe die Anleitung im Plan), dann bestätigen.</translation>
    </message>
    <message>
        <source>Not run yet: the tenant&apos;s limit for this API is used up until %1; apply again after %1 to continue.</source>
        <translation>Noch nicht ausgeführt: Das Limit des Mandanten für diese API ist bis %1 ausgeschöpft; wenden Sie nach %1 erneut an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>banister::Area</name>
    <message>
        <source>This step has a call Banister cannot send by itself.</source>
        <translation>Dieser Schritt enthält einen Aufruf, den Banister nicht selbst senden kann.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Already as planned.</source>
        <translation>Bereits wie geplant.</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Waiting for the tenant&apos;s limit on data calls: the next call goes out in %1 (at %2).</source>
        <translation>Warten auf das Limit des Mandanten für Datenabfragen: Der nächste Aufruf geht in %1 hinaus (um %2).</translation>
    </message>
    <message>
        <source>Waiting for the tenant&apos;s User Management limit: the next call goes out in %1 (at %2).</source>
        <translation>Warten auf das User-Management-Limit des Mandanten: Der nächste Aufruf geht in %1 hinaus (um %2).</translation>
    </message>
    <message>
        <source>The tenant did not answer as expected (%1). Trying again in %2 (attempt %3).</source>
        <translation>Der Mandant hat nicht wie erwartet geantwortet (%1). Neuer Versuch in %2 (Versuch %3).</translation>
    </message>
    <message>
        <source>The tenant asked Banister to wait (its rate limit, HTTP 429): the call goes out again in %1 (at %2).</source>
        <translation>Der Mandant hat Banister gebeten zu warten (sein Limit, HTTP 429): Der Aufruf geht in %1 erneut hinaus (um %2).</translation>
    </message>
</context>
<context>
    <name>banister::Capturer</name>
    <message>
        <source>The tenant&apos;s configuration could not be read: %1</source>
        <translation>Die Konfiguration des Mandanten konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile was made for &quot;%1&quot;, but this tenant is &quot;%2&quot;; pass --retarget to apply it here.</source>
        <translation>/tenant/subdomain: Das Profil wurde für „%1“ erstellt, dieser Mandant ist aber „%2“; geben Sie --retarget an, um es hier anzuwenden.</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile was made for &quot;%1&quot;; applying it to &quot;%2&quot; (--retarget).</source>
        <translation>/tenant/subdomain: Das Profil wurde für „%1“ erstellt; es wird auf „%2“ angewendet (--retarget).</translation>
    </message>
    <message>
        <source>/layouts/%1: no layout named &quot;%2&quot; on this tenant; candidates: %3</source>
        <translation>/layouts/%1: Auf diesem Mandanten gibt es kein Layout namens „%2“; infrage kommen: %3</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: no user with the email %2 on this tenant</source>
        <translation>/dashboard/principals/%1: Auf diesem Mandanten gibt es keinen Benutzer mit der E-Mail-Adresse %2</translation>
    </message>
</context>
<context>
    <name>banister::CheckList</name>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>banister::ConfirmationsBox</name>
    <message>
        <source>Confirm what Gainsight&apos;s public API cannot tell</source>
        <translation>Bestätigen, was die öffentliche API von Gainsight nicht sagen kann</translation>
    </message>
    <message>
        <source>The Gainsight CS subscription is &amp;active</source>
        <translation>Das Gainsight-CS-Abonnement ist &amp;aktiv</translation>
    </message>
    <message>
        <source>There is a Staircase AI &amp;subscription</source>
        <translation>Es gibt ein Staircase-AI-Abo&amp;nnement</translation>
    </message>
    <message>
        <source>&amp;I am an admin in Gainsight CS and a Staircase Admin in Staircase AI</source>
        <translation>Ich &amp;bin Admin in Gainsight CS und Staircase Admin in Staircase AI</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Noch nicht bestätigt</translation>
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
        <translation>Nicht aktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Decides how the integration is activated: with AI Follow-Up on, Gainsight Support upgrades the existing connection.</source>
        <translation>Entscheidet, wie die Integration aktiviert wird: Mit AI Follow-Up aktualisiert der Gainsight-Support die bestehende Verbindung.</translation>
    </message>
    <message>
        <source>This tenant answers only Gainsight&apos;s documented REST, which says nothing about subscriptions, your rights or the primary CRM. Check each where the article says and confirm it here; the profile and the report record your confirmation.</source>
        <translation>Dieser Mandant beantwortet nur die dokumentierte REST-API von Gainsight, die nichts über Abonnements, Ihre Rechte oder das primäre CRM sagt. Prüfen Sie jeden Punkt dort, wo der Artikel es sagt, und bestätigen Sie ihn hier; Profil und Bericht halten Ihre Bestätigung fest.</translation>
    </message>
    <message>
        <source>&amp;Primary CRM:</source>
        <translation>Primäres CR&amp;M:</translation>
    </message>
    <message>
        <source>AI &amp;Follow-Up in Gainsight CS:</source>
        <translation>AI &amp;Follow-Up in Gainsight CS:</translation>
    </message>
</context>
<context>
    <name>banister::ConnectPage</name>
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
        <source>Start a simulated tenant on this computer, with seeded accounts and users</source>
        <translation>Einen simulierten Mandanten mit Beispielkonten und -benutzern auf diesem Computer starten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>W&amp;iederholen</translation>
    </message>
    <message>
        <source>Reads what the tenant already has (CRM tab, field mappings, Staircase roles, layouts, dashboard permissions) into every page, as a profile to review.</source>
        <translation>Liest, was der Mandant bereits hat (CRM-Tab, Feldzuordnungen, Staircase-Rollen, Layouts, Dashboard-Berechtigungen), in jede Seite ein – als Profil zum Prüfen.</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s current settings…</source>
        <translation>Aktuelle Einstellungen des Mandanten werden gelesen …</translation>
    </message>
    <message>
        <source>Start from this tenant&apos;s current sett&amp;ings</source>
        <translation>Von den aktuellen &amp;Einstellungen dieses Mandanten ausgehen</translation>
    </message>
    <message>
        <source>Connected to %1, another tenant than before: every page reads this tenant again. What you chose or entered stays, and the plan checks it against this tenant.</source>
        <translation>Verbunden mit %1, einem anderen Mandanten als zuvor: Jede Seite liest diesen Mandanten neu. Was Sie gewählt oder eingegeben haben, bleibt erhalten, und der Plan prüft es gegen diesen Mandanten.</translation>
    </message>
</context>
<context>
    <name>banister::ConnectionForm</name>
    <message>
        <source>Show or hide the access key</source>
        <translation>Zugriffsschlüssel zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Re&amp;member the key and token in the system keychain</source>
        <translation>Schlüssel und Token im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>The subdomain Staircase&apos;s Gainsight card asks for, from the Gainsight URL (https://acme.gainsightcloud.com → acme). Change it if yours differs; a tenant that can say its own is checked on connecting.</source>
        <translation>Die Subdomain, nach der die Gainsight-Karte in Staircase fragt, aus der Gainsight-URL (https://acme.gainsightcloud.com → acme). Ändern Sie sie, wenn Ihre abweicht; ein Mandant, der seine eigene nennen kann, wird beim Verbinden geprüft.</translation>
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
        <translation>&amp;Gainsight-URL:</translation>
    </message>
    <message>
        <source>Su&amp;bdomain:</source>
        <translation>Su&amp;bdomain:</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Stair&amp;case URL:</source>
        <translation>Staircase-&amp;URL:</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API-To&amp;ken:</translation>
    </message>
</context>
<context>
    <name>banister::ConnectionModel</name>
    <message>
        <source>Starting the sandbox tenant…</source>
        <translation>Sandbox-Mandant wird gestartet …</translation>
    </message>
    <message>
        <source>The sandbox tenant (scenario &quot;%1&quot;) is running on this computer. Click Next to connect.</source>
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
        <source>Gainsight: the tenant&apos;s answer lacks %1.</source>
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
    <message>
        <source>Connected to %1. It offers Gainsight&apos;s documented REST only: user roles and usernames are automated; the rest are guided steps you do by hand and confirm.</source>
        <translation>Verbunden mit %1. Der Mandant bietet nur die dokumentierte REST-API von Gainsight: Benutzerrollen und Benutzernamen werden automatisch gesetzt; der Rest sind geführte Schritte, die Sie von Hand erledigen und bestätigen.</translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain is &quot;%1&quot;, not &quot;%2&quot;; Banister uses the tenant&apos;s.</source>
        <translation>Die Subdomain des Mandanten ist „%1“, nicht „%2“; Banister verwendet die des Mandanten.</translation>
    </message>
</context>
<context>
    <name>banister::CrmArea</name>
    <message>
        <source>%1: Staircase is not connected to Gainsight yet. Add the activation step to the profile, or connect first.</source>
        <translation>%1: Staircase ist noch nicht mit Gainsight verbunden. Nehmen Sie die Aktivierung ins Profil auf oder verbinden Sie zuerst.</translation>
    </message>
    <message>
        <source>CRM sync: the live state could not be read: %1</source>
        <translation>CRM-Synchronisierung: der aktuelle Zustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (not on this tenant&apos;s Company object; removed since the profile was saved?)</source>
        <translation>%1: unbekanntes Feld „%2“ (nicht im Company-Objekt dieses Mandanten; seit dem Speichern des Profils entfernt?)</translation>
    </message>
    <message>
        <source>Sync %1 accounts to Staircase with the chosen options</source>
        <translation>%1 Konten mit den gewählten Optionen zu Staircase synchronisieren</translation>
    </message>
    <message>
        <source>all</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>the filtered</source>
        <translation>Die gefilterten</translation>
    </message>
    <message>
        <source>Turn account sync off</source>
        <translation>Kontensynchronisierung ausschalten</translation>
    </message>
    <message>
        <source>CRM settings saved.</source>
        <translation>CRM-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>CRM settings were already as chosen.</source>
        <translation>Die CRM-Einstellungen waren bereits wie gewählt.</translation>
    </message>
    <message>
        <source>CRM sync settings read back equal to the profile</source>
        <translation>Zurückgelesene CRM-Einstellungen entsprechen dem Profil</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>CRM-Synchronisierung</translation>
    </message>
    <message>
        <source>%1: waits for Staircase to be connected to Gainsight, which the activation step cannot do until the activation error above is fixed.</source>
        <translation>%1: wartet darauf, dass Staircase mit Gainsight verbunden wird; das kann der Aktivierungsschritt erst, wenn der Aktivierungsfehler oben behoben ist.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Account sync off</source>
        <translation>Kontensynchronisierung aus</translation>
    </message>
    <message>
        <source>Sync accounts where %1</source>
        <translation>Konten synchronisieren, für die gilt: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Sync all accounts</source>
        <translation>Alle Konten synchronisieren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>churned: %1</source>
        <translation>Churned: %1</translation>
    </message>
    <message>
        <source>prospect: %1</source>
        <translation>Prospect: %1</translation>
    </message>
    <message>
        <source>team hierarchy synced</source>
        <translation>Teamhierarchie wird synchronisiert</translation>
    </message>
    <message>
        <source>team hierarchy not synced</source>
        <translation>Teamhierarchie wird nicht synchronisiert</translation>
    </message>
    <message>
        <source>call summaries uploaded</source>
        <translation>Gesprächszusammenfassungen werden hochgeladen</translation>
    </message>
    <message>
        <source>call summaries not uploaded</source>
        <translation>Gesprächszusammenfassungen werden nicht hochgeladen</translation>
    </message>
    <message>
        <source>/crm/filter/rows: &quot;Sync specific accounts&quot; needs at least one filter row</source>
        <translation>/crm/filter/rows: „Bestimmte Konten synchronisieren“ braucht mindestens eine Filterzeile</translation>
    </message>
    <message>
        <source>/crm/filter/rows: at most %1 filter rows are allowed (the profile has %2)</source>
        <translation>/crm/filter/rows: Höchstens %1 Filterzeilen sind erlaubt (das Profil hat %2)</translation>
    </message>
    <message>
        <source>/crm/prospectStatuses/%1: &quot;%2&quot; cannot be both a churned and a prospect status</source>
        <translation>/crm/prospectStatuses/%1: „%2“ kann nicht zugleich Churned- und Prospect-Status sein</translation>
    </message>
    <message>
        <source>%1: filter row %2: %3 cannot be used in a filter</source>
        <translation>%1: Filterzeile %2: %3 kann nicht in einem Filter verwendet werden</translation>
    </message>
    <message>
        <source>/crm/%1/%2: &quot;%3&quot; is not a Status value</source>
        <translation>/crm/%1/%2: „%3“ ist kein Wert des Felds Status</translation>
    </message>
    <message>
        <source>not readable until Staircase is connected</source>
        <translation>nicht lesbar, bevor Staircase verbunden ist</translation>
    </message>
    <message>
        <source>The tenant has: %1. The profile asks: %2.</source>
        <translation>Der Mandant hat: %1. Das Profil verlangt: %2.</translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation>nichts lesbar</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: filter row %2: %3</source>
        <translation>%1: Filterzeile %2: %3</translation>
    </message>
</context>
<context>
    <name>banister::CrmModel</name>
    <message>
        <source>Add at least one filter row, or choose &quot;Sync all accounts&quot;.</source>
        <translation>Fügen Sie mindestens eine Filterzeile hinzu oder wählen Sie „Alle Konten synchronisieren“.</translation>
    </message>
    <message>
        <source>Filter row %1: choose a field.</source>
        <translation>Filterzeile %1: wählen Sie ein Feld.</translation>
    </message>
    <message>
        <source>Filter row %1: choose at least one value.</source>
        <translation>Filterzeile %1: wählen Sie mindestens einen Wert.</translation>
    </message>
    <message>
        <source>Filter row %1: %2 is already filtered in row %3; pick its values there, or choose another field.</source>
        <translation>Filterzeile %1: %2 wird schon in Zeile %3 gefiltert; wählen Sie die Werte dort oder ein anderes Feld.</translation>
    </message>
    <message>
        <source>%1 was a prospect status and is now churned: a status is one or the other.</source>
        <translation>%1 war ein Interessenten-Status und ist jetzt „abgewandert“: Ein Status ist entweder das eine oder das andere.</translation>
    </message>
    <message>
        <source>%1 was a churned status and is now a prospect status: a status is one or the other.</source>
        <translation>%1 war ein Abwanderungs-Status und ist jetzt ein Interessenten-Status: Ein Status ist entweder das eine oder das andere.</translation>
    </message>
    <message>
        <source>Filter row %1: %2.</source>
        <translation>Filterzeile %1: %2.</translation>
    </message>
    <message>
        <source>The CRM tab&apos;s current settings could not be read.</source>
        <translation>Die aktuellen Einstellungen des CRM-Tabs konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>banister::CrmPage</name>
    <message>
        <source>&amp;Synchronize Gainsight accounts with Staircase AI</source>
        <translation>Gainsight-Konten mit Staircase AI &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;all accounts</source>
        <translation>&amp;Alle Konten synchronisieren</translation>
    </message>
    <message>
        <source>Sync s&amp;pecific accounts</source>
        <translation>&amp;Bestimmte Konten synchronisieren</translation>
    </message>
    <message>
        <source>A&amp;dd row</source>
        <translation>Zeile hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Call summary &amp;upload: log every call summary to the Timeline automatically</source>
        <translation>Gesprächszusammenfassungen &amp;hochladen: jede Zusammenfassung automatisch in der Timeline festhalten</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>CRM-Synchronisierung</translation>
    </message>
    <message>
        <source>Which Gainsight accounts reach Staircase AI, and how their status and team structure are read.</source>
        <translation>Welche Gainsight-Konten Staircase AI erreichen und wie ihr Status und ihre Teamstruktur gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>W&amp;iederholen</translation>
    </message>
    <message>
        <source>Matching accounts: counting…</source>
        <translation>Passende Konten: wird gezählt …</translation>
    </message>
    <message>
        <source>Matching accounts: unknown</source>
        <translation>Passende Konten: unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; accounts match</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Konten passen</translation>
    </message>
    <message>
        <source> · %1 of them have a churned or prospect status</source>
        <translation> · %1 davon haben einen Churned- oder Prospect-Status</translation>
    </message>
    <message>
        <source>Sync &amp;team members&apos; names and reporting structure from Gainsight</source>
        <translation>Namen und Be&amp;richtsstruktur der Teammitglieder aus Gainsight synchronisieren</translation>
    </message>
    <message>
        <source>Sync an account when it &amp;matches</source>
        <translation>Konten synchronisieren, &amp;die zutreffen auf</translation>
    </message>
    <message>
        <source>every row (AND)</source>
        <translation>jede Zeile (UND)</translation>
    </message>
    <message>
        <source>any row (OR)</source>
        <translation>irgendeine Zeile (ODER)</translation>
    </message>
    <message>
        <source>Rows combine with</source>
        <translation>Zeilen verknüpft mit</translation>
    </message>
    <message>
        <source>Within a row, an account matches any of the chosen values.</source>
        <translation>Innerhalb einer Zeile trifft ein Konto zu, wenn es einen der gewählten Werte hat.</translation>
    </message>
</context>
<context>
    <name>banister::DashboardArea</name>
    <message>
        <source>Executive dashboard: the permissions could not be read: %1</source>
        <translation>Executive-Dashboard: die Berechtigungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Set who can open the Staircase Executive Dashboard</source>
        <translation>Festlegen, wer das Staircase Executive Dashboard öffnen darf</translation>
    </message>
    <message>
        <source>Dashboard permissions saved.</source>
        <translation>Dashboard-Berechtigungen gespeichert.</translation>
    </message>
    <message>
        <source>The dashboard permissions were already as chosen.</source>
        <translation>Die Dashboard-Berechtigungen waren bereits wie gewählt.</translation>
    </message>
    <message>
        <source>Executive dashboard permissions read back equal to the profile</source>
        <translation>Zurückgelesene Berechtigungen des Executive-Dashboards entsprechen dem Profil</translation>
    </message>
    <message>
        <source>Executive dashboard</source>
        <translation>Executive-Dashboard</translation>
    </message>
    <message>
        <source>Private (only the owner)</source>
        <translation>Privat (nur Eigentümer)</translation>
    </message>
    <message>
        <source>Public: everyone can view</source>
        <translation>Öffentlich: alle können ansehen</translation>
    </message>
    <message>
        <source>Public: everyone can view and edit</source>
        <translation>Öffentlich: alle können ansehen und bearbeiten</translation>
    </message>
    <message>
        <source>Public: everyone can view and share</source>
        <translation>Öffentlich: alle können ansehen und teilen</translation>
    </message>
    <message>
        <source>Specific people</source>
        <translation>Bestimmte Personen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>/dashboard/principals: Only &quot;specific&quot; takes principals; remove them or choose &quot;specific&quot;.</source>
        <translation>/dashboard/principals: Nur „specific“ nimmt Berechtigte auf; entfernen Sie sie oder wählen Sie „specific“.</translation>
    </message>
    <message>
        <source>/dashboard/principals: &quot;specific&quot; needs at least one user, role or group</source>
        <translation>/dashboard/principals: „specific“ braucht mindestens einen Benutzer, eine Rolle oder eine Gruppe</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: No %2 &quot;%3&quot; on this tenant.</source>
        <translation>/dashboard/principals/%1: %2 „%3“ gibt es auf diesem Mandanten nicht.</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: %2 &quot;%3&quot; is listed twice</source>
        <translation>/dashboard/principals/%1: %2 „%3“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>the type is %1, the profile asks %2</source>
        <translation>der Typ ist %1, das Profil verlangt %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>not in the profile: %1</source>
        <translation>nicht im Profil: %1</translation>
    </message>
    <message>
        <source>the principals are in another order</source>
        <translation>die Berechtigten stehen in anderer Reihenfolge</translation>
    </message>
</context>
<context>
    <name>banister::DashboardModel</name>
    <message>
        <source>Private: no one but the creator has access.</source>
        <translation>Privat: nur die Person, die es erstellt hat, hat Zugriff.</translation>
    </message>
    <message>
        <source>Public: anyone with access to Dashboards can view it.</source>
        <translation>Öffentlich: alle mit Zugriff auf Dashboards können es ansehen.</translation>
    </message>
    <message>
        <source>Public – View &amp; Edit: anyone with access to Dashboards can view it; anyone with access to the Dashboard Builder can edit it.</source>
        <translation>Öffentlich – Ansehen &amp; Bearbeiten: ansehen mit Zugriff auf Dashboards, bearbeiten mit Zugriff auf den Dashboard Builder.</translation>
    </message>
    <message>
        <source>Public – View &amp; Share: anyone with access to Dashboards can view and share it.</source>
        <translation>Öffentlich – Ansehen &amp; Teilen: alle mit Zugriff auf Dashboards können es ansehen und teilen.</translation>
    </message>
    <message>
        <source>Specific people: only the users, roles and groups you choose.</source>
        <translation>Bestimmte Personen: nur die Benutzer, Rollen und Gruppen, die Sie wählen.</translation>
    </message>
    <message>
        <source>System Administrator keeps access to the dashboard.</source>
        <translation>System Administrator behält den Zugriff auf das Dashboard.</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
</context>
<context>
    <name>banister::DashboardPage</name>
    <message>
        <source>Executive dashboard</source>
        <translation>Executive-Dashboard</translation>
    </message>
    <message>
        <source>Who can open the Staircase Executive Dashboard (Dashboard Builder › System folder). By default only System Administrator has access.</source>
        <translation>Wer das Staircase Executive Dashboard öffnen darf (Dashboard Builder › Ordner System). Standardmäßig hat nur System Administrator Zugriff.</translation>
    </message>
</context>
<context>
    <name>banister::Engine</name>
    <message>
        <source>The profile manages no area yet: there is nothing to plan.</source>
        <translation>Das Profil verwaltet noch keinen Bereich: Es gibt nichts zu planen.</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsArea</name>
    <message>
        <source>Field mappings: the live state could not be read: %1</source>
        <translation>Feldzuordnungen: der aktuelle Zustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: Staircase has no account field &quot;%2&quot;</source>
        <translation>/fieldMappings/%1/staircaseField: Staircase hat kein Kontofeld „%2“</translation>
    </message>
    <message>
        <source>/fieldMappings/%1: %2 is mapped out of the box to %3 and cannot be changed</source>
        <translation>/fieldMappings/%1: %2 ist fest %3 zugeordnet und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>/fieldMappings/%1: %2</source>
        <translation>/fieldMappings/%1: %2</translation>
    </message>
    <message>
        <source>%1 is not mapped; Staircase needs it to work properly.</source>
        <translation>%1 ist nicht zugeordnet; Staircase braucht es, um richtig zu funktionieren.</translation>
    </message>
    <message numerus="yes">
        <source>Map %n Staircase account field(s) to Gainsight fields</source>
        <translation>
            <numerusform>%n Staircase-Kontofeld einem Gainsight-Feld zuordnen</numerusform>
            <numerusform>%n Staircase-Kontofelder Gainsight-Feldern zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Field mappings saved.</source>
        <translation>Feldzuordnungen gespeichert.</translation>
    </message>
    <message>
        <source>Field mappings were already as chosen.</source>
        <translation>Die Feldzuordnungen waren bereits wie gewählt.</translation>
    </message>
    <message>
        <source>Field mappings read back equal to the profile</source>
        <translation>Zurückgelesene Feldzuordnungen entsprechen dem Profil</translation>
    </message>
    <message>
        <source>No mappings.</source>
        <translation>Keine Zuordnungen.</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: %2 is mapped twice</source>
        <translation>/fieldMappings/%1/staircaseField: %2 ist doppelt zugeordnet</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/gainsightField: Gainsight has no Company field &quot;%2&quot; (removed since the profile was saved?)</source>
        <translation>/fieldMappings/%1/gainsightField: Gainsight hat kein Company-Feld „%2“ (seit dem Speichern des Profils entfernt?)</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: Staircase has no account field &quot;%2&quot; among its standard fields; custom fields can be mapped once Staircase is connected</source>
        <translation>/fieldMappings/%1/staircaseField: Staircase hat unter seinen Standardfeldern kein Kontofeld „%2“; benutzerdefinierte Felder lassen sich zuordnen, sobald Staircase verbunden ist</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation>keine Zuordnungen</translation>
    </message>
    <message>
        <source>not readable until Staircase is connected</source>
        <translation>nicht lesbar, bevor Staircase verbunden ist</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsModel</name>
    <message>
        <source>CRM Account ID</source>
        <translation>CRM-Konto-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Übergeordnetes Konto</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Renewal Date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>Journey Stage</source>
        <translation>Journey-Phase</translation>
    </message>
    <message>
        <source>Staircase has no account field &quot;%1&quot;.</source>
        <translation>Staircase hat kein Kontofeld „%1“.</translation>
    </message>
    <message>
        <source>%1 is mapped out of the box and cannot be changed.</source>
        <translation>%1 ist fest zugeordnet und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Gainsight has no Company field &quot;%1&quot;.</source>
        <translation>Gainsight hat kein Company-Feld „%1“.</translation>
    </message>
    <message>
        <source>The Gainsight field %1 already feeds the Staircase field %2; each Gainsight field maps to one Staircase field.</source>
        <translation>Das Gainsight-Feld %1 speist bereits das Staircase-Feld %2; jedes Gainsight-Feld wird genau einem Staircase-Feld zugeordnet.</translation>
    </message>
    <message>
        <source>Map Tier: it is the most important field for Staircase.</source>
        <translation>Ordnen Sie Tier zu: es ist das wichtigste Feld für Staircase.</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— nicht zugeordnet —</translation>
    </message>
    <message>
        <source>custom field; checked once Staircase is connected</source>
        <translation>benutzerdefiniertes Feld; wird geprüft, sobald Staircase verbunden ist</translation>
    </message>
    <message>
        <source>mapped out of the box</source>
        <translation>fest zugeordnet</translation>
    </message>
    <message>
        <source>required · most important</source>
        <translation>erforderlich · am wichtigsten</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The integration maps %1 itself; it cannot be changed.</source>
        <translation>Die Integration ordnet %1 selbst zu; das kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Tier drives Staircase&apos;s account prioritisation. It must be a single-select picklist.</source>
        <translation>Tier steuert die Priorisierung der Konten in Staircase. Es muss eine Einfachauswahlliste sein.</translation>
    </message>
    <message>
        <source>Staircase field</source>
        <translation>Staircase-Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Gainsight field</source>
        <translation>Gainsight-Feld</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiterzahl</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsPage</name>
    <message>
        <source>— not mapped —</source>
        <translation>— nicht zugeordnet —</translation>
    </message>
    <message>
        <source>&amp;Unmap selected field</source>
        <translation>Zuordnung des gewählten Felds &amp;aufheben</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>What Staircase knows about each account. Tier matters most; Revenue, Renewal Date and Journey Stage are needed too. Double-click a Gainsight field to change it.</source>
        <translation>Was Staircase über jedes Konto weiß. Tier ist am wichtigsten; Umsatz, Verlängerungsdatum und Journey-Phase werden auch gebraucht. Doppelklicken Sie auf ein Gainsight-Feld, um es zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>W&amp;iederholen</translation>
    </message>
    <message>
        <source>Staircase is not connected yet, so these are the standard account fields from the integration guide. Custom Staircase fields appear here once it is connected.</source>
        <translation>Staircase ist noch nicht verbunden, daher sind dies die Standard-Kontofelder aus der Integrationsanleitung. Benutzerdefinierte Staircase-Felder erscheinen hier, sobald es verbunden ist.</translation>
    </message>
    <message>
        <source>Arrow keys choose a row; F2 changes its Gainsight field.</source>
        <translation>Pfeiltasten wählen eine Zeile; F2 ändert ihr Gainsight-Feld.</translation>
    </message>
</context>
<context>
    <name>banister::FilterRowWidget</name>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>Feld wählen …</translation>
    </message>
    <message>
        <source>Numbers, separated by commas</source>
        <translation>Zahlen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD, separated by commas</source>
        <translation>Daten als JJJJ-MM-TT, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>Werte werden geladen …</translation>
    </message>
    <message>
        <source>Choose values…</source>
        <translation>Werte wählen …</translation>
    </message>
    <message>
        <source>Filter %1: field</source>
        <translation>Filter %1: Feld</translation>
    </message>
    <message>
        <source>Filter %1: values</source>
        <translation>Filter %1: Werte</translation>
    </message>
    <message>
        <source>Several values separated by commas</source>
        <translation>Mehrere Werte durch Kommas getrennt</translation>
    </message>
    <message>
        <source>and</source>
        <comment>between low and high</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>Filter %1: operator</source>
        <translation>Filter %1: Operator</translation>
    </message>
    <message>
        <source>Filter %1: upper value</source>
        <translation>Filter %1: oberer Wert</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD</source>
        <translation>Ein Datum als JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>banister::FinishPage</name>
    <message>
        <source>&amp;Export setup report…</source>
        <translation>Einrichtungsbericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save &amp;profile…</source>
        <translation>&amp;Profil speichern …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Keep a setup report as evidence of what was configured, and the profile to set up the next tenant the same way.</source>
        <translation>Bewahren Sie einen Einrichtungsbericht als Nachweis der Konfiguration auf, und das Profil, um den nächsten Mandanten genauso einzurichten.</translation>
    </message>
    <message>
        <source>Export setup report</source>
        <translation>Einrichtungsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Markdown-Bericht (*.md)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The integration is set up on %1 and every check passed.</source>
        <translation>Die Integration ist auf %1 eingerichtet und alle Prüfungen waren erfolgreich.</translation>
    </message>
    <message>
        <source>%1 change(s) applied; %2 verification check(s) failed.</source>
        <translation>%1 Änderung(en) angewendet; %2 Prüfung(en) fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing was configured on %1: Salesforce is its primary CRM, so Staircase AI is integrated directly with Salesforce. Export the report to keep a record of why.</source>
        <translation>Auf %1 wurde nichts konfiguriert: Salesforce ist dort das primäre CRM, daher wird Staircase AI direkt mit Salesforce integriert. Exportieren Sie den Bericht, um den Grund festzuhalten.</translation>
    </message>
    <message>
        <source>&amp;Undo this apply…</source>
        <translation>Dieses Anwenden &amp;rückgängig machen …</translation>
    </message>
    <message>
        <source>Shows the reverse of this apply on the Review page: what is put back, and what cannot be undone. Nothing changes until you click Apply there.</source>
        <translation>Zeigt auf der Seite „Prüfen und anwenden“ die Umkehrung dieses Anwendens: was zurückgesetzt wird und was sich nicht rückgängig machen lässt. Nichts ändert sich, bevor Sie dort auf „Anwenden“ klicken.</translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) applied; %n step(s) by hand not yet confirmed (tick Done on the Review page once done).</source>
        <translation>
            <numerusform>%1 Änderung(en) angewendet; %n Schritt von Hand noch nicht bestätigt (haken Sie Erledigt auf der Seite Prüfen und anwenden ab, sobald er erledigt ist).</numerusform>
            <numerusform>%1 Änderung(en) angewendet; %n Schritte von Hand noch nicht bestätigt (haken Sie Erledigt auf der Seite Prüfen und anwenden ab, sobald sie erledigt sind).</numerusform>
        </translation>
    </message>
    <message>
        <source>What to expect next:</source>
        <translation>Was als Nächstes zu erwarten ist:</translation>
    </message>
</context>
<context>
    <name>banister::LayoutPage</name>
    <message>
        <source>&amp;Add to layout</source>
        <translation>Zum Layout &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Nach oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>C360 / P360 layouts</source>
        <translation>C360-/P360-Layouts</translation>
    </message>
    <message>
        <source>Show Staircase AI insights inside Gainsight: put the Staircase AI section into the 360 layouts. Drag it from the palette into a layout, or use Add and Move.</source>
        <translation>Staircase-AI-Erkenntnisse in Gainsight zeigen: setzen Sie den Abschnitt Staircase AI in die 360-Layouts. Ziehen Sie ihn aus der Palette in ein Layout oder verwenden Sie Hinzufügen und Verschieben.</translation>
    </message>
    <message>
        <source>Staircase AI</source>
        <translation>Staircase AI</translation>
    </message>
    <message>
        <source>Drag into a layout&apos;s sections</source>
        <translation>In die Abschnitte eines Layouts ziehen</translation>
    </message>
    <message>
        <source>Layouts (tick to include):</source>
        <translation>Layouts (zum Aufnehmen ankreuzen):</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>Palette:</translation>
    </message>
    <message>
        <source>Sections of the selected layout:</source>
        <translation>Abschnitte des gewählten Layouts:</translation>
    </message>
    <message>
        <source>Section &amp;label:</source>
        <translation>Abschnitts&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>The Staircase AI section joins Gainsight&apos;s palette once Staircase is connected; Banister places it right after connecting when you apply.</source>
        <translation>Der Abschnitt Staircase AI erscheint in der Palette von Gainsight, sobald Staircase verbunden ist; Banister setzt ihn beim Anwenden direkt nach dem Verbinden.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current layout.</source>
        <translation>Die Leertaste hakt das aktuelle Layout an oder ab.</translation>
    </message>
    <message>
        <source>Drag into a layout&apos;s sections, or use Add to layout.</source>
        <translation>In die Abschnitte eines Layouts ziehen oder „Zum Layout hinzufügen“ verwenden.</translation>
    </message>
    <message>
        <source>Layout name, as under Administration &gt; 360 Layouts</source>
        <translation>Layoutname, wie unter Administration &gt; 360 Layouts</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>Layoutname</translation>
    </message>
    <message>
        <source>Gainsight&apos;s public API cannot list or change 360 layouts: name each layout that gets the Staircase AI section, choose its position and label, and the Review page lists the clicks to do it by hand.</source>
        <translation>Die öffentliche API von Gainsight kann 360-Layouts weder auflisten noch ändern: Nennen Sie jedes Layout, das den Abschnitt Staircase AI bekommt, wählen Sie Position und Bezeichnung, und die Seite Prüfen und anwenden führt die Klicks auf, um es von Hand zu erledigen.</translation>
    </message>
    <message>
        <source>Add la&amp;yout</source>
        <translation>La&amp;yout hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove from layout</source>
        <translation>Aus dem Layout ent&amp;fernen</translation>
    </message>
    <message>
        <source>Leave this layout out: Banister will not place the section there</source>
        <translation>Dieses Layout auslassen: Banister setzt den Abschnitt dort nicht ein</translation>
    </message>
</context>
<context>
    <name>banister::LayoutPreview</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Find an account by name</source>
        <translation>Konto nach Name suchen</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Gefundene Konten</translation>
    </message>
    <message>
        <source>Layout preview</source>
        <translation>Layout-Vorschau</translation>
    </message>
    <message>
        <source>Find an account and click Preview to see this layout with its data, the Staircase AI section where you put it.</source>
        <translation>Suchen Sie ein Konto und klicken Sie auf Vorschau, um dieses Layout mit seinen Daten zu sehen – den Abschnitt Staircase AI dort, wo Sie ihn platziert haben.</translation>
    </message>
</context>
<context>
    <name>banister::LayoutsArea</name>
    <message>
        <source>360 layouts: the live state could not be read: %1</source>
        <translation>360-Layouts: der aktuelle Zustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>/layouts/%1: layout &quot;%2&quot; no longer exists on this tenant; it is skipped.</source>
        <translation>/layouts/%1: das Layout „%2“ gibt es auf diesem Mandanten nicht mehr; es wird übersprungen.</translation>
    </message>
    <message>
        <source>Place &quot;%1&quot; at position %2 in %3</source>
        <translation>„%1“ an Position %2 in %3 setzen</translation>
    </message>
    <message>
        <source>Layout saved.</source>
        <translation>Layout gespeichert.</translation>
    </message>
    <message>
        <source>The layout already had the section there.</source>
        <translation>Das Layout hatte den Abschnitt bereits dort.</translation>
    </message>
    <message>
        <source>Staircase AI section in %1</source>
        <translation>Abschnitt Staircase AI in %1</translation>
    </message>
    <message>
        <source>Not in the layout.</source>
        <translation>Nicht im Layout.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2.</source>
        <translation>„%1“ an Position %2.</translation>
    </message>
    <message>
        <source>360 layouts</source>
        <translation>360-Layouts</translation>
    </message>
    <message>
        <source>/layouts/%1/sectionLabel: the Staircase AI section needs a label</source>
        <translation>/layouts/%1/sectionLabel: Der Abschnitt Staircase AI braucht eine Bezeichnung</translation>
    </message>
    <message>
        <source>/layouts/%1/sectionLabel: the label is longer than %2 characters</source>
        <translation>/layouts/%1/sectionLabel: Die Bezeichnung ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 changed on the tenant since the plan was made; review the plan again.</source>
        <translation>%1 wurde auf dem Mandanten geändert, seit der Plan erstellt wurde; prüfen Sie den Plan erneut.</translation>
    </message>
</context>
<context>
    <name>banister::LayoutsModel</name>
    <message>
        <source>Choose at least one layout for the Staircase AI section.</source>
        <translation>Wählen Sie mindestens ein Layout für den Abschnitt Staircase AI.</translation>
    </message>
    <message>
        <source>The section needs a label.</source>
        <translation>Der Abschnitt braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>A label has at most 80 characters.</source>
        <translation>Eine Bezeichnung hat höchstens 80 Zeichen.</translation>
    </message>
    <message>
        <source>Staircase AI insights for %1, once the plan is applied</source>
        <translation>Staircase-AI-Einblicke für %1, sobald der Plan angewendet ist</translation>
    </message>
</context>
<context>
    <name>banister::ManualGuide</name>
    <message>
        <source>cannot be read through Gainsight&apos;s public API</source>
        <translation>kann über die öffentliche API von Gainsight nicht gelesen werden</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to upgrade the connection</source>
        <translation>Den Gainsight-Support bitten, die Verbindung zu aktualisieren</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to enable the Staircase integration</source>
        <translation>Den Gainsight-Support bitten, die Staircase-Integration zu aktivieren</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request, completed by Gainsight Support</source>
        <translation>eine Anfrage „%1“, erledigt vom Gainsight-Support</translation>
    </message>
    <message>
        <source>AI Follow-Up is on in Gainsight CS: contact Gainsight Support and ask them to upgrade the connection to Staircase AI.</source>
        <translation>AI Follow-Up ist in Gainsight CS aktiv: Wenden Sie sich an den Gainsight-Support und bitten Sie ihn, die Verbindung zu Staircase AI zu aktualisieren.</translation>
    </message>
    <message>
        <source>Wait until Support confirms the upgrade is done.</source>
        <translation>Warten Sie, bis der Support bestätigt, dass die Aktualisierung erledigt ist.</translation>
    </message>
    <message>
        <source>Contact Gainsight Support and request the Staircase integration; it links Gainsight with your Staircase tenant.</source>
        <translation>Wenden Sie sich an den Gainsight-Support und fordern Sie die Staircase-Integration an; sie verknüpft Gainsight mit Ihrem Staircase-Mandanten.</translation>
    </message>
    <message>
        <source>Wait until Support confirms the integration is enabled.</source>
        <translation>Warten Sie, bis der Support bestätigt, dass die Integration aktiviert ist.</translation>
    </message>
    <message>
        <source>(your Gainsight subdomain)</source>
        <translation>(Ihre Gainsight-Subdomain)</translation>
    </message>
    <message>
        <source>Connect Staircase to Gainsight (subdomain &quot;%1&quot;)</source>
        <translation>Staircase mit Gainsight verbinden (Subdomain „%1“)</translation>
    </message>
    <message>
        <source>connected to &quot;%1&quot;</source>
        <translation>verbunden mit „%1“</translation>
    </message>
    <message>
        <source>Log in to Staircase as an Admin (a Gainsight CS admin who is a Staircase Admin).</source>
        <translation>Melden Sie sich bei Staircase als Admin an (ein Gainsight-CS-Admin, der Staircase Admin ist).</translation>
    </message>
    <message>
        <source>Navigate to Settings &gt; Integrations.</source>
        <translation>Öffnen Sie Settings &gt; Integrations.</translation>
    </message>
    <message>
        <source>Click the Gainsight card.</source>
        <translation>Klicken Sie auf die Karte Gainsight.</translation>
    </message>
    <message>
        <source>Click Connect. The Gainsight login page appears.</source>
        <translation>Klicken Sie auf Connect. Die Anmeldeseite von Gainsight erscheint.</translation>
    </message>
    <message>
        <source>Enter the Gainsight credentials; Gainsight gets connected to the Staircase instance and the CRM, Account Fields and Users tabs appear.</source>
        <translation>Geben Sie die Gainsight-Anmeldedaten ein; Gainsight wird mit der Staircase-Instanz verbunden, und die Tabs CRM, Account Fields und Users erscheinen.</translation>
    </message>
    <message>
        <source>Gainsight subdomain: %1
Gainsight URL: %2</source>
        <translation>Gainsight-Subdomain: %1
Gainsight-URL: %2</translation>
    </message>
    <message>
        <source>Synchronize Gainsight accounts with Staircase AI: %1</source>
        <translation>Gainsight-Konten mit Staircase AI synchronisieren: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Filter accounts to sync into Staircase AI: %1</source>
        <translation>Konten filtern, die mit Staircase AI synchronisiert werden: %1</translation>
    </message>
    <message>
        <source>Sync specific accounts</source>
        <translation>Bestimmte Konten synchronisieren</translation>
    </message>
    <message>
        <source>Sync all accounts</source>
        <translation>Alle Konten synchronisieren</translation>
    </message>
    <message>
        <source>Churned statuses: %1</source>
        <translation>Status für abgewanderte Kunden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Prospect statuses: %1</source>
        <translation>Status für Interessenten: %1</translation>
    </message>
    <message>
        <source>Sync team member&apos;s names and reporting structure: %1</source>
        <translation>Namen und Berichtsstruktur der Teammitglieder synchronisieren: %1</translation>
    </message>
    <message>
        <source>Call summary upload: %1</source>
        <translation>Gesprächszusammenfassungen hochladen: %1</translation>
    </message>
    <message>
        <source>Set Staircase&apos;s CRM tab</source>
        <translation>Den CRM-Tab von Staircase einstellen</translation>
    </message>
    <message>
        <source>In Staircase, navigate to Settings &gt; Integrations and click the Gainsight card.</source>
        <translation>Öffnen Sie in Staircase Settings &gt; Integrations und klicken Sie auf die Karte Gainsight.</translation>
    </message>
    <message>
        <source>On the CRM tab, set each option as listed below; for Sync specific accounts choose each row&apos;s Field and Values (Add row for the next one).</source>
        <translation>Stellen Sie im Tab CRM jede Option wie unten aufgeführt ein; für Sync specific accounts wählen Sie Field und Values jeder Zeile (Add row für die nächste).</translation>
    </message>
    <message>
        <source>Check that the count at the bottom of the page matches the count Banister showed.</source>
        <translation>Prüfen Sie, ob die Anzahl unten auf der Seite der Anzahl entspricht, die Banister angezeigt hat.</translation>
    </message>
    <message>
        <source>Click Update to save the changes, then Save.</source>
        <translation>Klicken Sie auf Update, um die Änderungen zu übernehmen, dann auf Save.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message numerus="yes">
        <source>Map %n Staircase account field(s) to Gainsight fields</source>
        <translation>
            <numerusform>%n Staircase-Kontofeld Gainsight-Feldern zuordnen</numerusform>
            <numerusform>%n Staircase-Kontofelder Gainsight-Feldern zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation>keine Zuordnungen</translation>
    </message>
    <message>
        <source>In Staircase, navigate to Settings &gt; Configuration &gt; Account Fields.</source>
        <translation>Öffnen Sie in Staircase Settings &gt; Configuration &gt; Account Fields.</translation>
    </message>
    <message>
        <source>For each Staircase field below, choose the Gainsight field it is mapped from.</source>
        <translation>Wählen Sie für jedes Staircase-Feld unten das Gainsight-Feld, aus dem es zugeordnet wird.</translation>
    </message>
    <message>
        <source>Save.</source>
        <translation>Speichern Sie (Save).</translation>
    </message>
    <message>
        <source>Check the Staircase option, single sign-on and permission bundles</source>
        <translation>Staircase-Eintrag, Single Sign-on und Berechtigungsbundles prüfen</translation>
    </message>
    <message>
        <source>the Staircase option in the apps menu, SSO working, bundles assigned</source>
        <translation>Staircase-Eintrag im App-Menü, SSO funktioniert, Bundles zugewiesen</translation>
    </message>
    <message>
        <source>In the Gainsight apps menu, verify that the Staircase option appears.</source>
        <translation>Prüfen Sie im App-Menü von Gainsight, ob der Eintrag Staircase erscheint.</translation>
    </message>
    <message>
        <source>Open Staircase from the apps menu as one of the assigned users: single sign-on must work without a second login.</source>
        <translation>Öffnen Sie Staircase über das App-Menü als einer der zugewiesenen Benutzer: Single Sign-on muss ohne zweite Anmeldung funktionieren.</translation>
    </message>
    <message>
        <source>In Administration &gt; Users and Permissions, verify that users with a Staircase role have the Default Staircase Full Permissions (Full license) or Default Staircase Viewer Plus Permissions (Viewer Plus) bundle, holding Insights &gt; Staircase Communication, Insights &gt; Staircase AI Reports and Settings &gt; Staircase AI Setting.</source>
        <translation>Prüfen Sie unter Administration &gt; Users and Permissions, ob Benutzer mit einer Staircase-Rolle das Bundle Default Staircase Full Permissions (Full-Lizenz) oder Default Staircase Viewer Plus Permissions (Viewer Plus) haben, mit Insights &gt; Staircase Communication, Insights &gt; Staircase AI Reports und Settings &gt; Staircase AI Setting.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) assigned a Staircase role</source>
        <translation>
            <numerusform>%n Benutzer mit einer Staircase-Rolle</numerusform>
            <numerusform>%n Benutzer mit einer Staircase-Rolle</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the Staircase AI section to %1</source>
        <translation>Den Abschnitt Staircase AI zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2</source>
        <translation>„%1“ an Position %2</translation>
    </message>
    <message>
        <source>Navigate to Administration &gt; 360 Layouts &gt; C360/P360 and open the layout %1.</source>
        <translation>Öffnen Sie Administration &gt; 360 Layouts &gt; C360/P360 und dann das Layout %1.</translation>
    </message>
    <message>
        <source>In the Configure sections tab, drag and drop the Staircase AI section from the left pane to position %1 (counted from the top).</source>
        <translation>Ziehen Sie im Tab Configure sections den Abschnitt Staircase AI aus dem linken Bereich an Position %1 (von oben gezählt).</translation>
    </message>
    <message>
        <source>Click the section and rename it to &quot;%1&quot;.</source>
        <translation>Klicken Sie auf den Abschnitt und benennen Sie ihn in „%1“ um.</translation>
    </message>
    <message>
        <source>(Optional) Click Preview, then select a record to view a preview of the layout.</source>
        <translation>(Optional) Klicken Sie auf Preview und wählen Sie einen Datensatz, um eine Vorschau des Layouts zu sehen.</translation>
    </message>
    <message>
        <source>Click Save to apply changes.</source>
        <translation>Klicken Sie auf Save, um die Änderungen zu übernehmen.</translation>
    </message>
    <message>
        <source>Layout: %1
Section: Staircase AI
Label: %2
Position: %3</source>
        <translation>Layout: %1
Abschnitt: Staircase AI
Bezeichnung: %2
Position: %3</translation>
    </message>
    <message>
        <source>Set who can open the Staircase Executive Dashboard</source>
        <translation>Festlegen, wer das Staircase Executive Dashboard öffnen darf</translation>
    </message>
    <message>
        <source>Navigate to Administration &gt; Dashboard Builder &gt; Dashboard List.</source>
        <translation>Öffnen Sie Administration &gt; Dashboard Builder &gt; Dashboard List.</translation>
    </message>
    <message>
        <source>Open the System folder and locate the Staircase Executive Dashboard.</source>
        <translation>Öffnen Sie den Ordner System und suchen Sie das Staircase Executive Dashboard.</translation>
    </message>
    <message>
        <source>From the three-vertical dots menu, click Manage Permissions.</source>
        <translation>Klicken Sie im Menü mit den drei senkrechten Punkten auf Manage Permissions.</translation>
    </message>
    <message>
        <source>Select the permission type and the people below, then save.</source>
        <translation>Wählen Sie die Berechtigungsart und die Personen unten aus, dann speichern Sie.</translation>
    </message>
    <message>
        <source>Confirmed by the admin (%1, %2); no public API can read it back.</source>
        <translation>Vom Admin bestätigt (%1, %2); keine öffentliche API kann es zurücklesen.</translation>
    </message>
    <message>
        <source>Not yet confirmed: do it by hand as the plan describes, then confirm it (Done on the Review page, or banister-cli apply --confirm %1).</source>
        <translation>Noch nicht bestätigt: Erledigen Sie es von Hand, wie der Plan es beschreibt, und bestätigen Sie es dann (Erledigt auf der Seite Prüfen und anwenden, oder banister-cli apply --confirm %1).</translation>
    </message>
    <message>
        <source>Staircase syncs CRM data from Gainsight about every 2 hours: the accounts appear in Staircase after the first sync, expected by %1.</source>
        <translation>Staircase synchronisiert CRM-Daten aus Gainsight etwa alle 2 Stunden: Die Konten erscheinen in Staircase nach der ersten Synchronisierung, erwartet bis %1.</translation>
    </message>
    <message>
        <source>On its first sync Staircase fetches 12 months of history.</source>
        <translation>Bei der ersten Synchronisierung holt Staircase 12 Monate Verlauf.</translation>
    </message>
    <message>
        <source>Data retention is changed through your Staircase account team, not in either admin console.</source>
        <translation>Die Aufbewahrungsdauer der Daten ändert Ihr Staircase-Account-Team, nicht eine der beiden Admin-Konsolen.</translation>
    </message>
    <message>
        <source>  Row %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <source>  An account is synced when any row matches (OR).</source>
        <translation>  Ein Konto wird synchronisiert, wenn irgendeine Zeile zutrifft (ODER).</translation>
    </message>
    <message>
        <source>  An account is synced when every row matches (AND).</source>
        <translation>  Ein Konto wird synchronisiert, wenn jede Zeile zutrifft (UND).</translation>
    </message>
    <message>
        <source>Staircase&apos;s CRM tab, as documented, picks a Field and the Values it is, rows combined by AND; rows with another operator or combined by OR may not be possible there. Check the count Staircase shows before confirming.</source>
        <translation>Der CRM-Tab von Staircase wählt laut Dokumentation ein Feld (Field) und seine Werte (Values), Zeilen mit UND verknüpft; Zeilen mit einem anderen Operator oder mit ODER verknüpft lassen sich dort womöglich nicht einstellen. Prüfen Sie die Anzahl, die Staircase zeigt, bevor Sie bestätigen.</translation>
    </message>
</context>
<context>
    <name>banister::ManualStepsPanel</name>
    <message>
        <source>Cop&amp;y what to enter</source>
        <translation>Eingaben kop&amp;ieren</translation>
    </message>
    <message>
        <source>Open the admin &amp;page</source>
        <translation>Admin-Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Steps to do by hand; tick Done when a step is done</source>
        <translation>Von Hand zu erledigende Schritte; haken Sie Erledigt ab, wenn ein Schritt erledigt ist</translation>
    </message>
    <message>
        <source>By hand in Gainsight or Staircase: %1 of %2 done</source>
        <translation>Von Hand in Gainsight oder Staircase: %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>What to enter:</source>
        <translation>Was einzugeben ist:</translation>
    </message>
</context>
<context>
    <name>banister::PlanModel</name>
    <message>
        <source>Comparing the profile with the live tenant…</source>
        <translation>Profil wird mit dem laufenden Mandanten verglichen …</translation>
    </message>
    <message>
        <source>The profile cannot be applied to this tenant as it is; see the errors below.</source>
        <translation>Das Profil kann so nicht auf diesen Mandanten angewendet werden; siehe die Fehler unten.</translation>
    </message>
    <message>
        <source>Nothing to change: the tenant already matches every setting.</source>
        <translation>Nichts zu ändern: der Mandant entspricht bereits jeder Einstellung.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), %1 on a real tenant at its documented rate limits. </source>
        <translation>
            <numerusform>%n Änderung, %1 auf einem echten Mandanten bei dessen dokumentierten Ratenlimits. </numerusform>
            <numerusform>%n Änderungen, %1 auf einem echten Mandanten bei dessen dokumentierten Ratenlimits. </numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n Änderung)</numerusform>
            <numerusform>%1 (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+ %n more)</source>
        <translation>
            <numerusform>%1 (+ %n weiterer)</numerusform>
            <numerusform>%1 (+ %n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weiterer</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <comment>step status</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>step status</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>step status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The apply cannot be undone as it is: the tenant changed since; see the errors below.</source>
        <translation>Das Anwenden lässt sich so nicht rückgängig machen: Der Mandant hat sich seitdem geändert; siehe die Fehler unten.</translation>
    </message>
    <message>
        <source>Nothing to undo: the tenant is already as it was before the apply.</source>
        <translation>Nichts rückgängig zu machen: Der Mandant ist bereits wie vor dem Anwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n change(s) put the tenant back as it was before the apply; what cannot be undone is listed below.</source>
        <translation>
            <numerusform>Rückgängig: %n Änderung setzt den Mandanten auf den Stand vor dem Anwenden zurück; was sich nicht rückgängig machen lässt, steht unten.</numerusform>
            <numerusform>Rückgängig: %n Änderungen setzen den Mandanten auf den Stand vor dem Anwenden zurück; was sich nicht rückgängig machen lässt, steht unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>by hand</source>
        <comment>step status</comment>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>%1 automated, %2 by hand (Gainsight&apos;s public API cannot do them). </source>
        <translation>%1 automatisch, %2 von Hand (die öffentliche API von Gainsight kann sie nicht ausführen). </translation>
    </message>
</context>
<context>
    <name>banister::PlanView</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Each area with its steps, before and after; arrow keys open an area.</source>
        <translation>Jeder Bereich mit seinen Schritten, vorher und nachher; Pfeiltasten öffnen einen Bereich.</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesArea</name>
    <message>
        <source>Prerequisites could not be checked: %1</source>
        <translation>Die Voraussetzungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>the tenant did not answer.</source>
        <translation>der Mandant hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Prerequisite not met — %1: %2</source>
        <translation>Voraussetzung nicht erfüllt – %1: %2</translation>
    </message>
    <message>
        <source>Prerequisites have no step %1.</source>
        <translation>Die Voraussetzungen haben keinen Schritt %1.</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Prerequisite not confirmed — %1: %2</source>
        <translation>Voraussetzung nicht bestätigt – %1: %2</translation>
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
        <source>The tenant&apos;s answer lacks %1.</source>
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
        <source>Gainsight: %1 is an admin%2. Staircase: the token&apos;s user is a Staircase Admin.</source>
        <translation>Gainsight: %1 ist Admin%2. Staircase: der Benutzer des Tokens ist Staircase Admin.</translation>
    </message>
    <message>
        <source> (super admin)</source>
        <translation> (Super-Admin)</translation>
    </message>
    <message>
        <source>Staircase: the token&apos;s user is not a Staircase Admin.</source>
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
    <message>
        <source>Could not be checked: %1</source>
        <translation>Konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation>dieser Mandant</translation>
    </message>
    <message>
        <source>Not confirmed yet: Gainsight&apos;s public API cannot tell; confirm it here.</source>
        <translation>Noch nicht bestätigt: Die öffentliche API von Gainsight kann es nicht sagen; bestätigen Sie es hier.</translation>
    </message>
    <message>
        <source>Confirmed by the admin: the Gainsight CS subscription is active.</source>
        <translation>Vom Admin bestätigt: Das Gainsight-CS-Abonnement ist aktiv.</translation>
    </message>
    <message>
        <source>The admin says there is no active Gainsight CS subscription.</source>
        <translation>Laut Admin gibt es kein aktives Gainsight-CS-Abonnement.</translation>
    </message>
    <message>
        <source>Where to check: your Gainsight contract, or ask your Gainsight representative.</source>
        <translation>Wo nachsehen: in Ihrem Gainsight-Vertrag, oder fragen Sie Ihren Ansprechpartner bei Gainsight.</translation>
    </message>
    <message>
        <source>Confirmed by the admin: there is a Staircase AI subscription.</source>
        <translation>Vom Admin bestätigt: Es gibt ein Staircase-AI-Abonnement.</translation>
    </message>
    <message>
        <source>The admin says there is no Staircase AI subscription.</source>
        <translation>Laut Admin gibt es kein Staircase-AI-Abonnement.</translation>
    </message>
    <message>
        <source>Where to check: contact your Gainsight representative to add Staircase AI.</source>
        <translation>Wo nachsehen: Wenden Sie sich an Ihren Ansprechpartner bei Gainsight, um Staircase AI hinzuzufügen.</translation>
    </message>
    <message>
        <source>Confirmed by the admin: admin in Gainsight CS and Staircase Admin in Staircase AI.</source>
        <translation>Vom Admin bestätigt: Admin in Gainsight CS und Staircase Admin in Staircase AI.</translation>
    </message>
    <message>
        <source>The admin says they are not an admin on both platforms.</source>
        <translation>Laut Admin ist er nicht auf beiden Plattformen Admin.</translation>
    </message>
    <message>
        <source>Where to check: Gainsight Administration &gt; Users and Permissions, and Staircase Settings; a Gainsight super admin can grant both roles.</source>
        <translation>Wo nachsehen: Gainsight Administration &gt; Users and Permissions und Staircase Settings; ein Gainsight-Super-Admin kann beide Rollen vergeben.</translation>
    </message>
    <message>
        <source>Confirmed by the admin: Gainsight is the primary CRM, so the integration is eligible.</source>
        <translation>Vom Admin bestätigt: Gainsight ist das primäre CRM, die Integration ist also möglich.</translation>
    </message>
    <message>
        <source>Salesforce is the primary CRM. Staircase AI must then be integrated directly with it, not through Gainsight CS.</source>
        <translation>Salesforce ist das primäre CRM. Staircase AI muss dann direkt damit integriert werden, nicht über Gainsight CS.</translation>
    </message>
    <message>
        <source>If your organization uses Salesforce as the main CRM with Staircase, it must be integrated directly with SFDC instead (Staircase: Settings &gt; Integrations, the Salesforce card).</source>
        <translation>Wenn Ihre Organisation Salesforce als Haupt-CRM mit Staircase nutzt, muss stattdessen direkt mit SFDC integriert werden (Staircase: Settings &gt; Integrations, Karte Salesforce).</translation>
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
        <source>&amp;Retry</source>
        <translation>W&amp;iederholen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This tenant uses Salesforce as its primary CRM.&lt;/b&gt; The Gainsight CS ↔ Staircase AI integration is for tenants whose primary CRM is Gainsight. Integrate Staircase AI directly with Salesforce instead: in Staircase, open &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, choose the &lt;i&gt;Salesforce&lt;/i&gt; card and sign in with a Salesforce admin. Nothing has been changed on this tenant; click &lt;i&gt;Next&lt;/i&gt; to export a report that records why.</source>
        <translation>&lt;b&gt;Dieser Mandant verwendet Salesforce als primäres CRM.&lt;/b&gt; Die Integration Gainsight CS ↔ Staircase AI ist für Mandanten gedacht, deren primäres CRM Gainsight ist. Integrieren Sie Staircase AI stattdessen direkt mit Salesforce: Öffnen Sie in Staircase &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, wählen Sie die Karte &lt;i&gt;Salesforce&lt;/i&gt; und melden Sie sich mit einem Salesforce-Admin an. Auf diesem Mandanten wurde nichts geändert; klicken Sie auf &lt;i&gt;Weiter&lt;/i&gt;, um einen Bericht zu exportieren, der den Grund festhält.</translation>
    </message>
</context>
<context>
    <name>banister::PrincipalPicker</name>
    <message>
        <source>Specific people</source>
        <translation>Bestimmte Personen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>&amp;Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Add su&amp;ggested</source>
        <translation>&amp;Vorgeschlagene hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>&amp;Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Find a user by name or email</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Role or group to add</source>
        <translation>Hinzuzufügende Rolle oder Gruppe</translation>
    </message>
    <message>
        <source>Has access:</source>
        <translation>Hat Zugriff:</translation>
    </message>
    <message>
        <source>Suggested roles:</source>
        <translation>Vorgeschlagene Rollen:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Every role the article suggests already has access.</source>
        <translation>Jede Rolle, die der Artikel vorschlägt, hat schon Zugriff.</translation>
    </message>
</context>
<context>
    <name>banister::ReviewPage</name>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Änderungen &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Stop after this step</source>
        <translation>Nach diesem &amp;Schritt anhalten</translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Prüfen und anwenden</translation>
    </message>
    <message>
        <source>What Banister will change on the tenant, compared with what is there now. Nothing changes until you click Apply.</source>
        <translation>Was Banister am Mandanten ändern wird, verglichen mit dem jetzigen Stand. Nichts ändert sich, bevor Sie auf „Anwenden“ klicken.</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were applied. Click Next to verify them on the tenant.</source>
        <translation>
            <numerusform>Die %n Änderung wurde angewendet. Klicken Sie auf „Weiter“, um sie am Mandanten zu prüfen.</numerusform>
            <numerusform>Alle %n Änderungen wurden angewendet. Klicken Sie auf „Weiter“, um sie am Mandanten zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply stopped: %1 Fix the cause, then click Compare again: Banister continues with what is still missing.</source>
        <translation>Anwenden angehalten: %1 Beheben Sie die Ursache und klicken Sie dann auf „Erneut vergleichen“: Banister macht mit dem weiter, was noch fehlt.</translation>
    </message>
    <message>
        <source>Apply stopped after the step that was running. Click Compare again and Apply to continue.</source>
        <translation>Das Anwenden wurde nach dem laufenden Schritt angehalten. Klicken Sie auf „Erneut vergleichen“ und „Anwenden“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Applying… you can stop after the current step.</source>
        <translation>Wird angewendet … Sie können nach dem aktuellen Schritt anhalten.</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>Von Hand: %1</translation>
    </message>
    <message numerus="yes">
        <source>The apply was undone (%n change(s)).</source>
        <translation>
            <numerusform>Das Anwenden wurde rückgängig gemacht (%n Änderung).</numerusform>
            <numerusform>Das Anwenden wurde rückgängig gemacht (%n Änderungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s) on %1 (%2)?</source>
        <translation>
            <numerusform>%n Änderung auf %1 (%2) rückgängig machen?</numerusform>
            <numerusform>%n Änderungen auf %1 (%2) rückgängig machen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) on %1 (%2)? %3</source>
        <translation>
            <numerusform>%n Änderung auf %1 (%2) anwenden? %3</numerusform>
            <numerusform>%n Änderungen auf %1 (%2) anwenden? %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>Plan anwenden</translation>
    </message>
    <message>
        <source>the admin</source>
        <translation>der Admin</translation>
    </message>
    <message>
        <source>The confirmation could not be recorded: %1</source>
        <translation>Die Bestätigung konnte nicht festgehalten werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The automated changes were applied. Do the %n step(s) by hand listed above, tick Done for each, then click Next to verify.</source>
        <translation>
            <numerusform>Die automatischen Änderungen wurden angewendet. Erledigen Sie den %n oben aufgeführten Schritt von Hand, haken Sie Erledigt ab und klicken Sie dann auf Weiter, um zu prüfen.</numerusform>
            <numerusform>Die automatischen Änderungen wurden angewendet. Erledigen Sie die %n oben aufgeführten Schritte von Hand, haken Sie jeweils Erledigt ab und klicken Sie dann auf Weiter, um zu prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banister::SetupWizard</name>
    <message>
        <source>Banister — Staircase AI integration setup</source>
        <translation>Banister – Einrichtung der Staircase-AI-Integration</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Pr&amp;ofil öffnen …</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile…</source>
        <translation>Profil spei&amp;chern …</translation>
    </message>
    <message>
        <source>Load every setting from a profile file (Ctrl+O)</source>
        <translation>Alle Einstellungen aus einer Profildatei laden (Strg+O)</translation>
    </message>
    <message>
        <source>Save every setting to a profile file, without secrets (Ctrl+S)</source>
        <translation>Alle Einstellungen ohne Geheimnisse in einer Profildatei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>%1 — Banister</source>
        <translation>%1 – Banister</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Banister profiles (*.json);;All files (*)</source>
        <translation>Banister-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Profil nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 cannot be used, so nothing was changed:</source>
        <translation>%1 ist nicht verwendbar, daher wurde nichts geändert:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Banister profiles (*.json)</source>
        <translation>Banister-Profile (*.json)</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The profile could not be saved; the file on disk is unchanged.</source>
        <translation>Das Profil konnte nicht gespeichert werden; die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Every page now starts from this tenant&apos;s settings: %n layout(s) with the Staircase AI section, %1 user(s) with a Staircase role. Save them as a profile to set up another tenant the same way.</source>
        <translation>
            <numerusform>Jede Seite geht jetzt von den Einstellungen dieses Mandanten aus: %n Layout mit dem Abschnitt Staircase AI, %1 Benutzer mit einer Staircase-Rolle. Speichern Sie sie als Profil, um einen weiteren Mandanten genauso einzurichten.</numerusform>
            <numerusform>Jede Seite geht jetzt von den Einstellungen dieses Mandanten aus: %n Layouts mit dem Abschnitt Staircase AI, %1 Benutzer mit einer Staircase-Rolle. Speichern Sie sie als Profil, um einen weiteren Mandanten genauso einzurichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The settings have changed since the profile was last saved. Save them as a profile before closing?</source>
        <translation>Die Einstellungen haben sich seit dem letzten Speichern des Profils geändert. Vor dem Schließen als Profil speichern?</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open a profile opened or saved lately</source>
        <translation>Ein zuletzt geöffnetes oder gespeichertes Profil öffnen</translation>
    </message>
    <message>
        <source>Opened %1: every page now shows its settings.</source>
        <translation>%1 geöffnet: Jede Seite zeigt jetzt seine Einstellungen.</translation>
    </message>
    <message>
        <source>Saved to %1 at %2.</source>
        <translation>Um %2 in %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Clear this list</source>
        <translation>Liste &amp;leeren</translation>
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
    <name>banister::UndoPlanner</name>
    <message>
        <source>no mappings</source>
        <translation>keine Zuordnungen</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply (now: %2); --force overwrites it.</source>
        <translation>%1: seit dem Anwenden auf dem Mandanten geändert (jetzt: %2); --force überschreibt das.</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply (now: %2). The undo would overwrite that; review it, or undo with --force.</source>
        <translation>%1: seit dem Anwenden auf dem Mandanten geändert (jetzt: %2). Das Rückgängigmachen würde das überschreiben; prüfen Sie es oder machen Sie es mit --force rückgängig.</translation>
    </message>
    <message>
        <source>Not undone: %1 — a filed support request cannot be withdrawn through the API; ask Gainsight Support to close it.</source>
        <translation>Nicht rückgängig gemacht: %1 – eine gestellte Support-Anfrage lässt sich über die API nicht zurückziehen; bitten Sie den Gainsight-Support, sie zu schließen.</translation>
    </message>
    <message>
        <source>Not undone: %1 — Staircase stays connected (and super admins keep Staircase Admin); disconnect it in Staircase under Settings &gt; Integrations &gt; Gainsight if needed.</source>
        <translation>Nicht rückgängig gemacht: %1 – Staircase bleibt verbunden (und Super-Admins behalten Staircase Admin); trennen Sie die Verbindung bei Bedarf in Staircase unter Settings &gt; Integrations &gt; Gainsight.</translation>
    </message>
    <message>
        <source>Not undone: %1 — the user already signed out of SSO and signs in with their email; the old username is not restored.</source>
        <translation>Nicht rückgängig gemacht: %1 – der Benutzer wurde bereits vom SSO abgemeldet und meldet sich mit seiner E-Mail-Adresse an; der alte Benutzername wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Put the CRM sync settings back</source>
        <translation>CRM-Synchronisierungseinstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>Put the field mappings back</source>
        <translation>Feldzuordnungen zurücksetzen</translation>
    </message>
    <message>
        <source>%1: the layout no longer exists on this tenant, so it cannot be put back.</source>
        <translation>%1: Das Layout gibt es auf diesem Mandanten nicht mehr, daher kann es nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Take the Staircase AI section out of %1 again</source>
        <translation>Abschnitt Staircase AI wieder aus %1 entfernen</translation>
    </message>
    <message>
        <source>Put the Executive dashboard permissions back</source>
        <translation>Berechtigungen des Executive-Dashboards zurücksetzen</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 gibt es nicht mehr</translation>
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation>%1 enthält jetzt %2</translation>
    </message>
    <message>
        <source>%1 is inactive now, so their role cannot be put back until they are activated.</source>
        <translation>%1 ist jetzt inaktiv, daher kann die Rolle erst nach dem Aktivieren zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply: %2. The undo would overwrite that; review it, or undo with --force.</source>
        <translation>%1: seit dem Anwenden auf dem Mandanten geändert: %2. Das Rückgängigmachen würde das überschreiben; prüfen Sie es oder machen Sie es mit --force rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>Put the roles of %n user(s) back</source>
        <translation>
            <numerusform>Rollen von %n Benutzer zurücksetzen</numerusform>
            <numerusform>Rollen von %n Benutzern zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant&apos;s current state could not be read: %1</source>
        <translation>Der aktuelle Zustand des Mandanten konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessArea</name>
    <message>
        <source>Staircase is not connected to Gainsight: users get Staircase access (with its permissions and single sign-on) only once it is. Connect it on the Activation page, or add activation to the profile.</source>
        <translation>Staircase ist nicht mit Gainsight verbunden: Benutzer erhalten Staircase-Zugriff (mit seinen Berechtigungen und Single Sign-on) erst, wenn es verbunden ist. Verbinden Sie es auf der Seite „Aktivierung“ oder nehmen Sie die Aktivierung ins Profil auf.</translation>
    </message>
    <message>
        <source>Staircase access waits for the connection</source>
        <translation>Der Staircase-Zugriff wartet auf die Verbindung</translation>
    </message>
    <message>
        <source>User access: the users could not be read: %1</source>
        <translation>Benutzerzugriff: Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no valid email, so Staircase access cannot work; correct the email in User Management.</source>
        <translation>%1 hat keine gültige E-Mail-Adresse, daher kann der Staircase-Zugriff nicht funktionieren; korrigieren Sie die E-Mail-Adresse in User Management.</translation>
    </message>
    <message>
        <source>%1: the username (%2) differs from the email, so Staircase access will not work until they match.</source>
        <translation>%1: Der Benutzername (%2) weicht von der E-Mail-Adresse ab, daher funktioniert der Staircase-Zugriff erst, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>no Staircase role</source>
        <translation>keine Staircase-Rolle</translation>
    </message>
    <message numerus="yes">
        <source>Set the Staircase role of %n user(s)</source>
        <translation>
            <numerusform>Staircase-Rolle von %n Benutzer festlegen</numerusform>
            <numerusform>Staircase-Rolle von %n Benutzern festlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1&apos;s username their email</source>
        <translation>Benutzernamen von %1 auf die E-Mail-Adresse setzen</translation>
    </message>
    <message>
        <source>Deactivating signs %1 out of platform SSO; they sign in again with their email.</source>
        <translation>Das Deaktivieren meldet %1 vom Plattform-SSO ab; die Anmeldung erfolgt danach mit der E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Roles set for %n user(s).</source>
        <translation>
            <numerusform>Rollen für %n Benutzer festgelegt.</numerusform>
            <numerusform>Rollen für %n Benutzer festgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles were already set.</source>
        <translation>Die Rollen waren bereits gesetzt.</translation>
    </message>
    <message>
        <source>Username is now %1; the user is active again.</source>
        <translation>Der Benutzername ist jetzt %1; der Benutzer ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Users readable</source>
        <translation>Benutzer lesbar</translation>
    </message>
    <message>
        <source>Assigned users have Staircase access</source>
        <translation>Zugewiesene Benutzer haben Staircase-Zugriff</translation>
    </message>
    <message>
        <source>Effective permissions hold the Staircase bundle items</source>
        <translation>Die effektiven Berechtigungen enthalten die Elemente des Staircase-Bundles</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n user(s): %1.</source>
        <translation>
            <numerusform>%n Benutzer geprüft: %1.</numerusform>
            <numerusform>%n Benutzer geprüft: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing items for: %1</source>
        <translation>Fehlende Elemente bei: %1</translation>
    </message>
    <message>
        <source>Single sign-on into Staircase works</source>
        <translation>Single Sign-on in Staircase funktioniert</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer geprüft.</numerusform>
            <numerusform>%n Benutzer geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell users whose username was changed to sign in again with their email address.</source>
        <translation>Sagen Sie den Benutzern, deren Benutzername geändert wurde, dass sie sich erneut mit ihrer E-Mail-Adresse anmelden.</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>Benutzerzugriff</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: User %2 was not found on this tenant</source>
        <translation>/userAccess/assignments/%1: Benutzer %2 wurde auf diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: %2 is assigned twice</source>
        <translation>/userAccess/assignments/%1: %2 ist doppelt zugewiesen</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: %2 is a Gainsight super admin and keeps Staircase Admin; assign Admin or leave them out of the profile.</source>
        <translation>/userAccess/assignments/%1: %2 ist Gainsight-Super-Admin und behält Staircase Admin; weisen Sie Admin zu oder lassen Sie die Person aus dem Profil weg.</translation>
    </message>
    <message>
        <source>Finish making %1&apos;s username their email (an earlier apply stopped half-way)</source>
        <translation>Benutzernamen von %1 fertig auf die E-Mail-Adresse setzen (ein früheres Anwenden wurde mittendrin angehalten)</translation>
    </message>
    <message>
        <source>username %1, inactive</source>
        <translation>Benutzername %1, inaktiv</translation>
    </message>
    <message>
        <source>username %1</source>
        <translation>Benutzername %1</translation>
    </message>
    <message>
        <source>username %1, active</source>
        <translation>Benutzername %1, aktiv</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 assigned user(s) have access</source>
        <translation>%1 von %2 zugewiesenen Benutzern haben Zugriff</translation>
    </message>
    <message numerus="yes">
        <source>; %n need attention: %1</source>
        <translation>
            <numerusform>; %n braucht Aufmerksamkeit: %1</numerusform>
            <numerusform>; %n brauchen Aufmerksamkeit: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; without access although nothing is in the way: %1</source>
        <translation>; ohne Zugriff, obwohl nichts im Weg steht: %1</translation>
    </message>
    <message>
        <source>Still to do in Gainsight User Management.</source>
        <translation>Noch in Gainsight User Management zu erledigen.</translation>
    </message>
    <message>
        <source>The tenant lists no Staircase permission bundles.</source>
        <translation>Der Mandant führt keine Staircase-Berechtigungsbundles.</translation>
    </message>
    <message>
        <source>%1 is inactive: no Staircase access until the user is activated in User Management.</source>
        <translation>%1 ist inaktiv: kein Staircase-Zugriff, bis der Benutzer in User Management aktiviert wird.</translation>
    </message>
    <message>
        <source>%1 has a Viewer license: the Staircase bundles cover Full and Viewer Plus licenses only; change the license in User Management.</source>
        <translation>%1 hat eine Viewer-Lizenz: Die Staircase-Bundles decken nur Full- und Viewer-Plus-Lizenzen ab; ändern Sie die Lizenz in User Management.</translation>
    </message>
    <message>
        <source>%1 is a super admin, who cannot be deactivated, so the username fix cannot run; change the username (%2) to the email in User Management.</source>
        <translation>%1 ist Super-Admin und kann nicht deaktiviert werden, daher kann die Benutzernamen-Korrektur nicht laufen; ändern Sie den Benutzernamen (%2) in User Management auf die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1: another user already has the username %2, so the username fix cannot run; resolve it in User Management.</source>
        <translation>%1: Ein anderer Benutzer hat bereits den Benutzernamen %2, daher kann die Benutzernamen-Korrektur nicht laufen; lösen Sie das in User Management.</translation>
    </message>
    <message>
        <source>Assigned users hold their Staircase role</source>
        <translation>Zugewiesene Benutzer haben ihre Staircase-Rolle</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read back with the role the profile gives them.</source>
        <translation>
            <numerusform>%n Benutzer mit der Rolle aus dem Profil zurückgelesen.</numerusform>
            <numerusform>%n Benutzer mit der Rolle aus dem Profil zurückgelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the profile&apos;s role: %1</source>
        <translation>Nicht die Rolle aus dem Profil: %1</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessModel</name>
    <message>
        <source>username ≠ email: Staircase cannot link the user</source>
        <translation>Benutzername ≠ E-Mail: Staircase kann den Benutzer nicht zuordnen</translation>
    </message>
    <message>
        <source>invalid email: Staircase access cannot work</source>
        <translation>ungültige E-Mail: Staircase-Zugriff kann nicht funktionieren</translation>
    </message>
    <message>
        <source>inactive: no access, roles cannot change</source>
        <translation>inaktiv: kein Zugriff, Rollen nicht änderbar</translation>
    </message>
    <message>
        <source>Viewer license: no Staircase bundle</source>
        <translation>Viewer-Lizenz: kein Staircase-Bundle</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
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
        <translation>keines (Viewer-Lizenz)</translation>
    </message>
    <message>
        <source>The dynamic rule gives users with a Staircase role the bundle of their license.</source>
        <translation>Die dynamische Regel gibt Benutzern mit einer Staircase-Rolle das Bundle ihrer Lizenz.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessPage</name>
    <message>
        <source>Set for &amp;selection</source>
        <translation>Für &amp;Auswahl setzen</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Alle angezei&amp;gten auswählen</translation>
    </message>
    <message>
        <source>Managers → Staircase &amp;Manager</source>
        <translation>Manager → Staircase &amp;Manager</translation>
    </message>
    <message>
        <source>&amp;Fix usernames that differ from the email (deactivate → update → reactivate)</source>
        <translation>Von der E-Mail abweichende Benutzernamen &amp;korrigieren (deaktivieren → ändern → reaktivieren)</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>Benutzerzugriff</translation>
    </message>
    <message>
        <source>Staircase access follows the GS role: Staircase User (CSMs, their accounts), Manager (team leads, team stats) or Admin (settings). The username must equal a valid email, and the user must be active.</source>
        <translation>Der Staircase-Zugriff folgt der GS-Rolle: Staircase User (CSMs, ihre Konten), Manager (Teamleitung, Teamstatistik) oder Admin (Einstellungen). Benutzer müssen aktiv sein, mit gültiger E-Mail als Benutzername.</translation>
    </message>
    <message>
        <source>Bundles: a dynamic rule gives every user with a Staircase role the &lt;i&gt;Default Staircase Full Permissions&lt;/i&gt; (Full license) or &lt;i&gt;Default Staircase Viewer Plus Permissions&lt;/i&gt; (Viewer Plus) bundle: Insights › Staircase Communication, Insights › Staircase AI Reports, Settings › Staircase AI Setting. Removing the role or inactivating the user revokes access.</source>
        <translation>Bundles: Eine dynamische Regel gibt jedem Benutzer mit einer Staircase-Rolle das Bundle &lt;i&gt;Default Staircase Full Permissions&lt;/i&gt; (Full-Lizenz) oder &lt;i&gt;Default Staircase Viewer Plus Permissions&lt;/i&gt; (Viewer Plus): Insights › Staircase Communication, Insights › Staircase AI Reports, Settings › Staircase AI Setting. Wird die Rolle entfernt oder der Benutzer inaktiviert, endet der Zugriff.</translation>
    </message>
    <message>
        <source>Loading users: %v of %m</source>
        <translation>Benutzer werden geladen: %v von %m</translation>
    </message>
    <message>
        <source>%1 users · %2 role change(s) in %3 call(s) of at most 50 users; on a real tenant (100 User Management requests an hour) that takes %4.</source>
        <translation>%1 Benutzer · %2 Rollenänderung(en) in %3 Aufruf(en) mit höchstens 50 Benutzern; auf einem echten Mandanten (100 User-Management-Anfragen pro Stunde) dauert das %4.</translation>
    </message>
    <message>
        <source>You can close Banister meanwhile: applying again continues where it stopped.</source>
        <translation>Sie können Banister währenddessen schließen: Erneutes Anwenden macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>The username fix deactivates each user for a moment: it signs them out of platform SSO, and they sign in again with their email.</source>
        <translation>Die Benutzernamen-Korrektur deaktiviert jeden Benutzer kurz: Dadurch wird er vom Plattform-SSO abgemeldet und meldet sich danach mit seiner E-Mail-Adresse wieder an.</translation>
    </message>
    <message>
        <source>Gainsight super admins keep Staircase Admin, so their role was not changed: %1.</source>
        <translation>Gainsight-Super-Admins behalten Staircase Admin, daher wurde ihre Rolle nicht geändert: %1.</translation>
    </message>
    <message>
        <source>Staircase role to set for the selection</source>
        <translation>Staircase-Rolle für die Auswahl</translation>
    </message>
</context>
<context>
    <name>banister::UserFilterBar</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>&amp;Nur Probleme</translation>
    </message>
    <message>
        <source>Search name, email or username</source>
        <translation>Name, E-Mail oder Benutzername suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>License filter</source>
        <translation>Lizenzfilter</translation>
    </message>
    <message>
        <source>Any license</source>
        <translation>Jede Lizenz</translation>
    </message>
    <message>
        <source>Staircase role filter</source>
        <translation>Filter nach Staircase-Rolle</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>No Staircase role</source>
        <translation>Keine Staircase-Rolle</translation>
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
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Arrow keys select a user, Shift or Ctrl with them select several; Tab moves on to the role for the selection.</source>
        <translation>Pfeiltasten wählen einen Benutzer, mit Umschalt oder Strg mehrere; Tab geht weiter zur Rolle für die Auswahl.</translation>
    </message>
</context>
<context>
    <name>banister::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Banister reads the configuration back from the tenant and checks it against what you chose.</source>
        <translation>Banister liest die Konfiguration vom Mandanten zurück und vergleicht sie mit Ihrer Auswahl.</translation>
    </message>
    <message>
        <source>Reading the configuration back from the tenant…</source>
        <translation>Konfiguration wird vom Mandanten zurückgelesen …</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>Die %n Prüfung war erfolgreich.</numerusform>
            <numerusform>Alle %n Prüfungen waren erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checks failed. Go back to Review to apply what is missing, or see the detail of each check.</source>
        <translation>%1 von %2 Prüfungen sind fehlgeschlagen. Gehen Sie zurück zu „Prüfen und anwenden“, um Fehlendes anzuwenden, oder sehen Sie sich die Einzelheiten jeder Prüfung an.</translation>
    </message>
    <message numerus="yes">
        <source>Every check passed; %n warning(s) name what is still to do in Gainsight.</source>
        <translation>
            <numerusform>Alle Prüfungen waren erfolgreich; %n Warnung nennt, was in Gainsight noch zu tun ist.</numerusform>
            <numerusform>Alle Prüfungen waren erfolgreich; %n Warnungen nennen, was in Gainsight noch zu tun ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message numerus="yes">
        <source>Everything Banister can read passed; %n step(s) done by hand are not yet confirmed. Do them as the Review page describes and tick Done for each.</source>
        <translation>
            <numerusform>Alles, was Banister lesen kann, ist bestanden; %n Schritt von Hand ist noch nicht bestätigt. Erledigen Sie ihn wie auf der Seite „Prüfen und anwenden“ beschrieben und haken Sie „Erledigt“ an.</numerusform>
            <numerusform>Alles, was Banister lesen kann, ist bestanden; %n Schritte von Hand sind noch nicht bestätigt. Erledigen Sie sie wie auf der Seite „Prüfen und anwenden“ beschrieben und haken Sie jeweils „Erledigt“ an.</numerusform>
        </translation>
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
