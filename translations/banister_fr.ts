<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>The tenant says: %1</source>
        <translation>L&apos;instance indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Banister tried %1 times.</source>
        <translation>Banister a essayé %1 fois.</translation>
    </message>
    <message>
        <source>The tenant did not accept the credentials (HTTP 401).</source>
        <translation>L&apos;instance n&apos;a pas accepté les identifiants (HTTP 401).</translation>
    </message>
    <message>
        <source>Check the access key or token and enter it again.</source>
        <translation>Vérifiez la clé d&apos;accès ou le jeton et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The credentials work, but the user behind them lacks a right this step needs (HTTP 403).</source>
        <translation>Les identifiants fonctionnent, mais il manque à l&apos;utilisateur associé un droit nécessaire à cette étape (HTTP 403).</translation>
    </message>
    <message>
        <source>Ask a super admin to grant it, or use an admin&apos;s key.</source>
        <translation>Demandez à un super-administrateur de l&apos;accorder, ou utilisez la clé d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>Not found on this tenant (HTTP 404).</source>
        <translation>Introuvable sur cette instance (HTTP 404).</translation>
    </message>
    <message>
        <source>It may have been deleted or renamed since it was last read; reload and try again.</source>
        <translation>L&apos;élément a peut-être été supprimé ou renommé depuis la dernière lecture&#xa0;; rechargez et réessayez.</translation>
    </message>
    <message>
        <source>The tenant refused the change because it conflicts with the current state (HTTP 409).</source>
        <translation>L&apos;instance a refusé la modification, car elle est en conflit avec l&apos;état actuel (HTTP 409).</translation>
    </message>
    <message>
        <source>Reload the page to see the current state, then try again.</source>
        <translation>Rechargez la page pour voir l&apos;état actuel, puis réessayez.</translation>
    </message>
    <message>
        <source>The tenant rejected the request (HTTP %1).</source>
        <translation>L&apos;instance a rejeté la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The tenant is limiting how fast Banister may call it (HTTP 429).</source>
        <translation>L&apos;instance limite la fréquence des appels de Banister (HTTP 429).</translation>
    </message>
    <message>
        <source>It asks to wait %1 s; try again then.</source>
        <translation>Elle demande d&apos;attendre %1 s&#xa0;; réessayez ensuite.</translation>
    </message>
    <message>
        <source>The tenant had an internal error (HTTP %1).</source>
        <translation>L&apos;instance a rencontré une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, give Gainsight Support the request id %1.</source>
        <translation>Réessayez dans quelques minutes&#xa0;; si le problème persiste, communiquez au support Gainsight l&apos;identifiant de requête %1.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1. Check the URL and port (for the sandbox: is it running?).</source>
        <translation>Aucun service n&apos;accepte de connexion à l&apos;adresse %1. Vérifiez l&apos;URL et le port (pour le bac à sable&#xa0;: est-il démarré&#xa0;?).</translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the URL for typos and your network&apos;s DNS.</source>
        <translation>L&apos;hôte %1 est introuvable. Vérifiez que l&apos;URL ne comporte pas de faute de frappe, ainsi que le DNS de votre réseau.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check proxies or firewalls between you and the tenant.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, vérifiez les proxys ou pare-feu entre vous et l&apos;instance.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2. Check the URL, or the system&apos;s trusted certificates.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1&#xa0;: %2. Vérifiez l&apos;URL ou les certificats de confiance du système.</translation>
    </message>
    <message>
        <source>%1 redirected Banister to %2, which is not the tenant&apos;s own address. Banister did not follow it, so the access key and token were not sent there. Check the URL: enter the address the tenant finally answers at.</source>
        <translation>%1 a redirigé Banister vers %2, qui n&apos;est pas l&apos;adresse de l&apos;instance. Banister n&apos;a pas suivi la redirection&#xa0;: la clé d&apos;accès et le jeton n&apos;y ont donc pas été envoyés. Vérifiez l&apos;URL&#xa0;: saisissez l&apos;adresse à laquelle l&apos;instance répond au final.</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer could not be read (it is not the JSON Gainsight sends).</source>
        <translation>La réponse de l&apos;instance est illisible (ce n&apos;est pas le JSON qu&apos;envoie Gainsight).</translation>
    </message>
    <message>
        <source>Check that the URL points at the tenant itself, not a login page or proxy.</source>
        <translation>Vérifiez que l&apos;URL désigne l&apos;instance elle-même, et non une page de connexion ou un proxy.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2.</source>
        <translation>Erreur réseau lors de l&apos;échange avec %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The tenant&apos;s limit for this API is used up until %1, and Banister sent nothing more. Try again after %1: an apply continues where it stopped.</source>
        <translation>La limite de l&apos;instance pour cette API est atteinte jusqu&apos;à %1, et Banister n&apos;a plus rien envoyé. Réessayez après %1&#xa0;: une application reprend là où elle s&apos;est arrêtée.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>CrmFilter</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>« %1 » n’est ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>list of values: &apos;A, B&apos; &apos;or&apos; &apos;C&apos;</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>is</source>
        <comment>filter operator</comment>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <comment>filter operator</comment>
        <translation>n’est pas</translation>
    </message>
    <message>
        <source>contains</source>
        <comment>filter operator</comment>
        <translation>contient</translation>
    </message>
    <message>
        <source>between</source>
        <comment>filter operator</comment>
        <translation>entre</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; use one of %2</source>
        <translation>opérateur « %1 » inconnu ; utilisez l’un de %2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to %2 (a %3 field)</source>
        <translation>l’opérateur « %1 » ne s’applique pas à %2 (un champ de type %3)</translation>
    </message>
    <message>
        <source>values must be a non-empty array</source>
        <translation>les valeurs ne doivent pas être vides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes exactly one value</source>
        <translation>« %1 » prend exactement une valeur</translation>
    </message>
    <message>
        <source>&quot;between&quot; takes two values, the lower first</source>
        <translation>« entre » prend deux valeurs, la plus petite d’abord</translation>
    </message>
    <message>
        <source>at most 10 000 values are allowed</source>
        <translation>10 000 valeurs au plus sont autorisées</translation>
    </message>
    <message>
        <source>&quot;contains&quot; takes at most %1 values of 1 to %2 characters</source>
        <translation>« contient » prend au plus %1 valeurs de 1 à %2 caractères</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n’est pas %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 n’est aucun de %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 et %3</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>%1 is a multi-select picklist; Staircase takes single-select picklists only</source>
        <translation>%1 est une liste de sélection multiple&#xa0;; Staircase n&apos;accepte que les listes à sélection unique</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a single-select picklist field</source>
        <translation>%1 est de type %2&#xa0;; %3 requiert une liste à sélection unique</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a number or currency field</source>
        <translation>%1 est de type %2&#xa0;; %3 requiert un champ numérique ou monétaire</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a date field</source>
        <translation>%1 est de type %2&#xa0;; %3 requiert un champ date</translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs a text field</source>
        <translation>%1 est de type %2&#xa0;; %3 requiert un champ texte</translation>
    </message>
    <message>
        <source>%1 is mapped by the integration itself</source>
        <translation>%1 est mappé par l&apos;intégration elle-même</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>environ %n seconde</numerusform>
            <numerusform>environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s) %1 h</source>
        <translation>
            <numerusform>environ %n jour %1 h</numerusform>
            <numerusform>environ %n jours %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n calendar day(s): User Management allows %2 calls a day, so its %3 calls stop at each day&apos;s cap and continue after it resets (00:00 UTC)</source>
        <translation>
            <numerusform>%1 sur %n jour calendaire&#xa0;: User Management autorise %2 appels par jour, ses %3 appels s&apos;arrêtent donc à chaque plafond quotidien et reprennent après sa remise à zéro (00:00 UTC)</numerusform>
            <numerusform>%1 sur %n jours calendaires&#xa0;: User Management autorise %2 appels par jour, ses %3 appels s&apos;arrêtent donc à chaque plafond quotidien et reprennent après sa remise à zéro (00:00 UTC)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of %2</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit valoir true ou false (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>doit être un tableau de chaînes (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>doit être un tableau (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must name a Company field</source>
        <translation>doit désigner un champ Company</translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation>requiert au moins une valeur</translation>
    </message>
    <message>
        <source>&quot;Sync specific accounts&quot; needs at least one filter row</source>
        <translation>«&#xa0;Synchroniser certains comptes&#xa0;» requiert au moins une ligne de filtre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a churned status; a status cannot be both</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un statut résilié&#xa0;; un statut ne peut pas être les deux</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped twice</source>
        <translation>«&#xa0;%1&#xa0;» est mappé deux fois</translation>
    </message>
    <message>
        <source>needs a userId or an email</source>
        <translation>requiert un userId ou un e-mail</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is already assigned at %2; list each user once</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» est déjà attribué en %2&#xa0;; indiquez chaque utilisateur une seule fois</translation>
    </message>
    <message>
        <source>%1 is already assigned at %2 (emails are compared ignoring case); list each user once</source>
        <translation>%1 est déjà attribué en %2 (les e-mails sont comparés sans tenir compte de la casse)&#xa0;; indiquez chaque utilisateur une seule fois</translation>
    </message>
    <message>
        <source>layout &quot;%1&quot; is already placed at %2; a layout takes the section once</source>
        <translation>la mise en page «&#xa0;%1&#xa0;» figure déjà en %2&#xa0;; une mise en page ne reçoit la section qu&apos;une fois</translation>
    </message>
    <message>
        <source>is longer than 80 characters</source>
        <translation>dépasse 80 caractères</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation>doit être un nombre entier ≥ 0</translation>
    </message>
    <message>
        <source>is larger than any layout</source>
        <translation>dépasse la taille de toute mise en page</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already listed at %3; list each principal once</source>
        <translation>%1 «&#xa0;%2&#xa0;» figure déjà en %3&#xa0;; indiquez chaque bénéficiaire une seule fois</translation>
    </message>
    <message>
        <source>&quot;specific&quot; needs at least one user, role or group</source>
        <translation>«&#xa0;specific&#xa0;» requiert au moins un utilisateur, un rôle ou un groupe</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation>un profil doit être un objet JSON</translation>
    </message>
    <message>
        <source>required (&quot;%1&quot;)</source>
        <translation>obligatoire («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown schema version &quot;%1&quot;; this Banister reads &quot;%2&quot;</source>
        <translation>version de schéma inconnue «&#xa0;%1&#xa0;»&#xa0;; cette version de Banister lit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>is longer than 2000 characters</source>
        <translation>dépasse 2000 caractères</translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file</source>
        <translation>impossible de lire %1&#xa0;: ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder, not a profile</source>
        <translation>%1 est un dossier, pas un profil</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket); a profile is a .json file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un socket)&#xa0;; un profil est un fichier .json</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; that is not a profile</source>
        <translation>%1 dépasse 16 Mio&#xa0;; ce n&apos;est pas un profil</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>JSON type found</comment>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON type found</comment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>JSON type found</comment>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>JSON type found</comment>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>JSON type found</comment>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>JSON type found: no value</comment>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>impossible d&apos;écrire %1&#xa0;: ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>Nothing was configured: the profile cannot be applied to this tenant as it is (errors below).</source>
        <translation>Rien n&apos;a été configuré&#xa0;: le profil ne peut pas être appliqué tel quel à cette instance (erreurs ci-dessous).</translation>
    </message>
    <message>
        <source>Nothing was configured: this tenant does not meet the integration&apos;s prerequisites (below).</source>
        <translation>Rien n&apos;a été configuré&#xa0;: cette instance ne remplit pas les prérequis de l&apos;intégration (ci-dessous).</translation>
    </message>
    <message>
        <source>Tenant › Gainsight URL</source>
        <translation>Instance › URL Gainsight</translation>
    </message>
    <message>
        <source>Tenant › Staircase URL</source>
        <translation>Instance › URL Staircase</translation>
    </message>
    <message>
        <source>Tenant › Subdomain</source>
        <translation>Instance › Sous-domaine</translation>
    </message>
    <message>
        <source>Activation › Path</source>
        <translation>Activation › Voie</translation>
    </message>
    <message>
        <source>upgrade the connection (AI Follow-Up active)</source>
        <translation>mise à niveau de la connexion (AI Follow-Up actif)</translation>
    </message>
    <message>
        <source>integration request, then connect Staircase</source>
        <translation>demande d&apos;intégration, puis connexion de Staircase</translation>
    </message>
    <message>
        <source>Activation › Support contact</source>
        <translation>Activation › Contact pour le support</translation>
    </message>
    <message>
        <source>Activation › Note to support</source>
        <translation>Activation › Message au support</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>Synchronisation CRM</translation>
    </message>
    <message>
        <source>Field mapping › %1</source>
        <translation>Mappage de champ › %1</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>Accès des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n attribution</numerusform>
            <numerusform>%n attributions</numerusform>
        </translation>
    </message>
    <message>
        <source>; fix username ≠ email</source>
        <translation>&#xa0;; corriger nom d&apos;utilisateur ≠ e-mail</translation>
    </message>
    <message>
        <source>Layout › %1</source>
        <translation>Mise en page › %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2</source>
        <translation>«&#xa0;%1&#xa0;» en position %2</translation>
    </message>
    <message>
        <source>Executive dashboard</source>
        <translation>Tableau de bord Executive</translation>
    </message>
    <message>
        <source>Banister setup report</source>
        <translation>Rapport de configuration Banister</translation>
    </message>
    <message>
        <source>Staircase AI integration — setup report</source>
        <translation>Intégration Staircase AI — rapport de configuration</translation>
    </message>
    <message>
        <source>%1 (%2) · generated %3 · Banister %4 · admin %5</source>
        <translation>%1 (%2) · généré le %3 · Banister %4 · administrateur %5</translation>
    </message>
    <message>
        <source>Settings chosen</source>
        <translation>Paramètres choisis</translation>
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
        <source>Plan and result</source>
        <translation>Plan et résultat</translation>
    </message>
    <message>
        <source>Nothing to change: the tenant already matches the profile.</source>
        <translation>Rien à modifier&#xa0;: l&apos;instance correspond déjà au profil.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verification has not run.</source>
        <translation>La vérification n&apos;a pas été exécutée.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVERT.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message numerus="yes">
        <source>Still to do in Gainsight (%n warning(s))</source>
        <translation>
            <numerusform>Reste à faire dans Gainsight (%n avertissement)</numerusform>
            <numerusform>Reste à faire dans Gainsight (%n avertissements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no PDF was produced</source>
        <translation>aucun PDF n&apos;a été produit</translation>
    </message>
    <message>
        <source>unknown report format &quot;.%1&quot;; use .html, .md, .json or .pdf</source>
        <translation>format de rapport inconnu «&#xa0;.%1&#xa0;»&#xa0;; utilisez .html, .md, .json ou .pdf</translation>
    </message>
    <message>
        <source>not a JSON report: %1</source>
        <translation>pas un rapport JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a Banister report (schema &quot;%1&quot;)</source>
        <translation>pas un rapport Banister (schéma «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the report has no digest</source>
        <translation>le rapport n&apos;a pas d&apos;empreinte</translation>
    </message>
    <message>
        <source>the digest does not match the content: the report was changed after it was written</source>
        <translation>l&apos;empreinte ne correspond pas au contenu&#xa0;: le rapport a été modifié après son écriture</translation>
    </message>
    <message>
        <source>the file is not exactly as Banister wrote it (its layout was changed)</source>
        <translation>le fichier n&apos;est pas exactement tel que Banister l&apos;a écrit (sa mise en forme a été modifiée)</translation>
    </message>
    <message>
        <source>no Staircase role</source>
        <translation>aucun rôle Staircase</translation>
    </message>
    <message>
        <source>Applied by %1 on %2, from %3 to %4: %5.</source>
        <translation>Appliqué par %1 sur %2, de %3 à %4&#xa0;: %5.</translation>
    </message>
    <message>
        <source>What was applied</source>
        <translation>Ce qui a été appliqué</translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation>Identifiants de requête</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>Role changes (%n)</source>
        <translation>
            <numerusform>Changements de rôle (%n)</numerusform>
            <numerusform>Changements de rôle (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Already as the profile asks, nothing changed: %1.</source>
        <translation>Déjà conforme au profil, rien n&apos;a été modifié&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM filter matches %n account(s) at report time.</source>
        <translation>
            <numerusform>Le filtre CRM correspond à %n compte au moment du rapport.</numerusform>
            <numerusform>Le filtre CRM correspond à %n comptes au moment du rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>Plan actuel</translation>
    </message>
    <message numerus="yes">
        <source>What remains manual (%n)</source>
        <translation>
            <numerusform>Ce qui reste manuel (%n)</numerusform>
            <numerusform>Ce qui reste manuel (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence digest (SHA-256 of the report&apos;s canonical JSON): %1</source>
        <translation>Empreinte de preuve (SHA-256 du JSON canonique du rapport)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+ %n more, see the role changes)</source>
        <translation>
            <numerusform>%1 (+ %n autre, voir les changements de rôle)</numerusform>
            <numerusform>%1 (+ %n autres, voir les changements de rôle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done by hand in Gainsight or Staircase (%1 of %n confirmed); no documented API can do these</source>
        <translation>
            <numerusform>Fait à la main dans Gainsight ou Staircase (%1 sur %n confirmée)&#xa0;; aucune API documentée ne peut le faire</numerusform>
            <numerusform>Fait à la main dans Gainsight ou Staircase (%1 sur %n confirmées)&#xa0;; aucune API documentée ne peut le faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed by %1 at %2.</source>
        <translation>Confirmé par %1 le %2.</translation>
    </message>
    <message>
        <source>Not yet confirmed.</source>
        <translation>Pas encore confirmé.</translation>
    </message>
    <message>
        <source>What to expect next</source>
        <translation>À quoi s&apos;attendre ensuite</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>yes (confirmed by the admin)</source>
        <translation>oui (confirmé par l’admin)</translation>
    </message>
    <message>
        <source>no (confirmed by the admin)</source>
        <translation>non (confirmé par l’admin)</translation>
    </message>
    <message>
        <source>Confirmed › Gainsight CS subscription</source>
        <translation>Confirmé › Abonnement Gainsight CS</translation>
    </message>
    <message>
        <source>Confirmed › Staircase AI subscription</source>
        <translation>Confirmé › Abonnement Staircase AI</translation>
    </message>
    <message>
        <source>Confirmed › Admin on both platforms</source>
        <translation>Confirmé › Admin sur les deux plateformes</translation>
    </message>
    <message>
        <source>Confirmed › Primary CRM</source>
        <translation>Confirmé › CRM principal</translation>
    </message>
    <message>
        <source>Gainsight (confirmed by the admin)</source>
        <translation>Gainsight (confirmé par l’admin)</translation>
    </message>
    <message>
        <source>Salesforce (confirmed by the admin)</source>
        <translation>Salesforce (confirmé par l’admin)</translation>
    </message>
    <message>
        <source>Confirmed › AI Follow-Up</source>
        <translation>Confirmé › AI Follow-Up</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>pas encore confirmé</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>Enter the tenant URL, for example https://yourcompany.gainsightcloud.com.</source>
        <translation>Saisissez l&apos;URL de l&apos;instance, par exemple https://votresociete.gainsightcloud.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Only http and https URLs are supported (got &quot;%1&quot;).</source>
        <translation>Seules les URL http et https sont prises en charge (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The tenant URL must use https; plain http is accepted only for this computer (127.0.0.1, ::1, localhost), so the access key never travels unencrypted.</source>
        <translation>L&apos;URL de l&apos;instance doit utiliser https&#xa0;; le http simple n&apos;est accepté que pour cet ordinateur (127.0.0.1,&#xa0;::1, localhost), afin que la clé d&apos;accès ne circule jamais en clair.</translation>
    </message>
</context>
<context>
    <name>banister::AccountStatusPicker</name>
    <message>
        <source>Churned and prospect accounts (from the Status field)</source>
        <translation>Comptes résiliés et prospects (d&apos;après le champ Status)</translation>
    </message>
    <message>
        <source>Churned:</source>
        <translation>Résiliés&#xa0;:</translation>
    </message>
    <message>
        <source>Prospect:</source>
        <translation>Prospects&#xa0;:</translation>
    </message>
</context>
<context>
    <name>banister::ActivationArea</name>
    <message>
        <source>Activation: the live state could not be read: %1</source>
        <translation>Activation&#xa0;: impossible de lire l&apos;état actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>/activation/path: AI Follow-Up is active on this tenant, so Gainsight Support upgrades the connection; set the path to &quot;upgrade&quot;.</source>
        <translation>/activation/path&#xa0;: AI Follow-Up est actif sur cette instance, c&apos;est donc le support Gainsight qui met à niveau la connexion&#xa0;; définissez la voie sur «&#xa0;upgrade&#xa0;».</translation>
    </message>
    <message>
        <source>/activation/path: AI Follow-Up is not active on this tenant, so Staircase is connected to Gainsight after the integration request; set the path to &quot;connect&quot;.</source>
        <translation>/activation/path&#xa0;: AI Follow-Up n&apos;est pas actif sur cette instance, Staircase est donc connecté à Gainsight après la demande d&apos;intégration&#xa0;; définissez la voie sur «&#xa0;connect&#xa0;».</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile says &quot;%1&quot;, but this tenant&apos;s subdomain is &quot;%2&quot;.</source>
        <translation>/tenant/subdomain&#xa0;: le profil indique «&#xa0;%1&#xa0;», mais le sous-domaine de cette instance est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Activation: Staircase is connected to &quot;%1&quot;, not &quot;%2&quot;. Disconnect it in Staircase (Settings &gt; Integrations &gt; Gainsight) first.</source>
        <translation>Activation&#xa0;: Staircase est connecté à «&#xa0;%1&#xa0;», et non à «&#xa0;%2&#xa0;». Déconnectez-le d&apos;abord dans Staircase (Settings &gt; Integrations &gt; Gainsight).</translation>
    </message>
    <message>
        <source>/activation/supportNote: the note is longer than 2000 characters.</source>
        <translation>/activation/supportNote&#xa0;: le message dépasse 2000 caractères.</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to upgrade the connection</source>
        <translation>Demander au support Gainsight de mettre à niveau la connexion</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to enable the Staircase integration</source>
        <translation>Demander au support Gainsight d&apos;activer l&apos;intégration Staircase</translation>
    </message>
    <message>
        <source>no request filed</source>
        <translation>aucune demande déposée</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request</source>
        <translation>une demande «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request, contact %2</source>
        <translation>une demande «&#xa0;%1&#xa0;», contact %2</translation>
    </message>
    <message>
        <source>Wait until Gainsight Support has completed the request</source>
        <translation>Attendre que le support Gainsight ait traité la demande</translation>
    </message>
    <message>
        <source>done</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>Connect Staircase to Gainsight (subdomain &quot;%1&quot;)</source>
        <translation>Connecter Staircase à Gainsight (sous-domaine «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connected to &quot;%1&quot;</source>
        <translation>connecté à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unknown activation step %1.</source>
        <translation>Étape d&apos;activation inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No %1 support request was found on the tenant; apply again to file it.</source>
        <translation>Aucune demande au support %1 n&apos;a été trouvée sur l&apos;instance&#xa0;; appliquez de nouveau pour la déposer.</translation>
    </message>
    <message>
        <source>Filed support request %1.</source>
        <translation>Demande au support %1 déposée.</translation>
    </message>
    <message>
        <source>The answer to the support request was lost and Banister could not find out whether it arrived (%1). Look under Gainsight Support&apos;s open requests before applying again; Banister does not file it twice.</source>
        <translation>La réponse à la demande au support a été perdue et Banister n&apos;a pas pu déterminer si la demande est arrivée (%1). Consultez les demandes ouvertes auprès du support Gainsight avant d&apos;appliquer de nouveau&#xa0;; Banister ne la dépose pas deux fois.</translation>
    </message>
    <message>
        <source>Gainsight Support completed request %1.</source>
        <translation>Le support Gainsight a traité la demande %1.</translation>
    </message>
    <message>
        <source>Gainsight Support is still working on request %1 (%2). Apply again later: Banister continues from this step.</source>
        <translation>Le support Gainsight traite encore la demande %1 (%2). Appliquez de nouveau plus tard&#xa0;: Banister reprendra à cette étape.</translation>
    </message>
    <message>
        <source>Live state readable</source>
        <translation>État actuel lisible</translation>
    </message>
    <message>
        <source>Staircase is connected to Gainsight</source>
        <translation>Staircase est connecté à Gainsight</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot; as %2.</source>
        <translation>Connecté à «&#xa0;%1&#xa0;» en tant que %2.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Staircase appears in the Gainsight apps menu</source>
        <translation>Staircase apparaît dans le menu des applications Gainsight</translation>
    </message>
    <message>
        <source>Listed as &quot;Staircase AI&quot;.</source>
        <translation>Listé sous le nom «&#xa0;Staircase AI&#xa0;».</translation>
    </message>
    <message>
        <source>Not listed.</source>
        <translation>Non listé.</translation>
    </message>
    <message>
        <source>Gainsight super admins hold Staircase Admin</source>
        <translation>Les super-administrateurs Gainsight ont le rôle Staircase Admin</translation>
    </message>
    <message numerus="yes">
        <source>%n super admin(s) hold the Staircase Admin role.</source>
        <translation>
            <numerusform>%n super-administrateur a le rôle Staircase Admin.</numerusform>
            <numerusform>%n super-administrateurs ont le rôle Staircase Admin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without Staircase Admin: %1.</source>
        <translation>Sans Staircase Admin&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Validate single sign-on between Gainsight CS and Staircase AI by opening Staircase from the Gainsight apps menu as one of the assigned users.</source>
        <translation>Validez l&apos;authentification unique (SSO) entre Gainsight CS et Staircase AI en ouvrant Staircase depuis le menu des applications Gainsight avec l&apos;un des utilisateurs attribués.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Staircase is connected to Gainsight.</source>
        <translation>Staircase est connecté à Gainsight.</translation>
    </message>
    <message>
        <source>Staircase was already connected.</source>
        <translation>Staircase était déjà connecté.</translation>
    </message>
    <message>
        <source>not filed</source>
        <comment>support request status</comment>
        <translation>aucune demande déposée</translation>
    </message>
    <message>
        <source>open</source>
        <comment>support request status</comment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>support request status</comment>
        <translation>en cours de traitement</translation>
    </message>
</context>
<context>
    <name>banister::ActivationModel</name>
    <message>
        <source>AI Follow-Up is active on our tenant (%1). Please upgrade the connection to the full Staircase AI integration.</source>
        <translation>AI Follow-Up est actif sur notre instance (%1). Merci de mettre à niveau la connexion vers l&apos;intégration Staircase AI complète.</translation>
    </message>
    <message>
        <source>Please link our Staircase AI tenant with Gainsight CS (subdomain %1) so we can connect the two.</source>
        <translation>Merci de lier notre instance Staircase AI à Gainsight CS (sous-domaine %1) afin que nous puissions connecter les deux.</translation>
    </message>
    <message>
        <source>Staircase is already connected to Gainsight (subdomain &quot;%1&quot;). Nothing to do here.</source>
        <translation>Staircase est déjà connecté à Gainsight (sous-domaine «&#xa0;%1&#xa0;»). Rien à faire ici.</translation>
    </message>
    <message>
        <source>No support request has been filed yet. Banister files it when you apply the plan.</source>
        <translation>Aucune demande au support n&apos;a encore été déposée. Banister la dépose lorsque vous appliquez le plan.</translation>
    </message>
    <message>
        <source>The support request is %1. Banister continues from there when you apply the plan.</source>
        <translation>État de la demande au support&#xa0;: %1. Banister reprend à partir de là lorsque vous appliquez le plan.</translation>
    </message>
    <message>
        <source>open</source>
        <comment>support request status</comment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>support request status</comment>
        <translation>en cours de traitement</translation>
    </message>
    <message>
        <source>done</source>
        <comment>support request status</comment>
        <translation>traitée</translation>
    </message>
    <message>
        <source>Gainsight&apos;s public API cannot file support requests or connect Staircase: the Review page lists both as steps you do by hand, with the exact clicks and what to enter, and you confirm each when it is done.</source>
        <translation>L&apos;API publique de Gainsight ne peut ni déposer de demande au support ni connecter Staircase&#xa0;: la page Examen et application les liste comme étapes à faire à la main, avec les clics exacts et ce qu&apos;il faut saisir, et vous confirmez chacune une fois faite.</translation>
    </message>
</context>
<context>
    <name>banister::ActivationPage</name>
    <message>
        <source>Activate the integration</source>
        <translation>Activer l&apos;intégration</translation>
    </message>
    <message>
        <source>Gainsight Support links Gainsight CS with your Staircase AI tenant. Banister files the request, tracks it, and connects the two when you apply the plan.</source>
        <translation>Le support Gainsight relie Gainsight CS à votre instance Staircase AI. Banister dépose la demande, en assure le suivi et connecte les deux lorsque vous appliquez le plan.</translation>
    </message>
    <message>
        <source>Support &amp;contact:</source>
        <translation>&amp;Contact pour le support&#xa0;:</translation>
    </message>
    <message>
        <source>Become Staircase Admin:</source>
        <translation>Deviennent Staircase Admin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is active&lt;/b&gt; in Gainsight CS, so the connection already exists and Gainsight Support upgrades it. Banister files the &lt;i&gt;upgrade connection&lt;/i&gt; request and tracks it until it is done.</source>
        <translation>&lt;b&gt;AI Follow-Up est actif&lt;/b&gt; dans Gainsight CS&#xa0;: la connexion existe donc déjà et le support Gainsight la met à niveau. Banister dépose la demande de &lt;i&gt;mise à niveau de la connexion&lt;/i&gt; et en assure le suivi jusqu&apos;à son traitement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is not active&lt;/b&gt;, so Banister files the &lt;i&gt;Staircase integration&lt;/i&gt; request with Gainsight Support, tracks it, and then connects Staircase to Gainsight with your access key (what an admin would do under Settings &amp;gt; Integrations &amp;gt; Gainsight in Staircase).</source>
        <translation>&lt;b&gt;AI Follow-Up n&apos;est pas actif&lt;/b&gt;&#xa0;: Banister dépose donc la demande d&apos;&lt;i&gt;intégration Staircase&lt;/i&gt; auprès du support Gainsight, en assure le suivi, puis connecte Staircase à Gainsight avec votre clé d&apos;accès (ce qu&apos;un administrateur ferait dans Staircase sous Settings &amp;gt; Integrations &amp;gt; Gainsight).</translation>
    </message>
    <message>
        <source>No Gainsight super admins were found.</source>
        <translation>Aucun super-administrateur Gainsight n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Gainsight super admins receive Staircase Admin automatically: %1</source>
        <translation>Les super-administrateurs Gainsight reçoivent automatiquement le rôle Staircase Admin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note &amp;to support:</source>
        <translation>&amp;Message au support&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is active&lt;/b&gt; (as you confirmed), so Gainsight Support upgrades the existing connection: you send them the &lt;i&gt;upgrade connection&lt;/i&gt; request.</source>
        <translation>&lt;b&gt;AI Follow-Up est actif&lt;/b&gt; (comme vous l&apos;avez confirmé), le support Gainsight met donc à niveau la connexion existante&#xa0;: vous lui envoyez la demande de &lt;i&gt;mise à niveau de la connexion&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Follow-Up is not active&lt;/b&gt; (as you confirmed): you ask Gainsight Support for the &lt;i&gt;Staircase integration&lt;/i&gt;, then connect Staircase to Gainsight under Settings &amp;gt; Integrations &amp;gt; Gainsight in Staircase.</source>
        <translation>&lt;b&gt;AI Follow-Up n&apos;est pas actif&lt;/b&gt; (comme vous l&apos;avez confirmé)&#xa0;: vous demandez au support Gainsight l&apos;&lt;i&gt;intégration Staircase&lt;/i&gt;, puis connectez Staircase à Gainsight dans Staircase sous Settings &amp;gt; Integrations &amp;gt; Gainsight.</translation>
    </message>
</context>
<context>
    <name>banister::ApiJob</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>pas de réponse complète en %1 s</translation>
    </message>
</context>
<context>
    <name>banister::Applier</name>
    <message>
        <source>The apply journal cannot be written (%1); nothing was changed. Choose another journal file.</source>
        <translation>Impossible d&apos;écrire le journal d&apos;application (%1)&#xa0;; rien n&apos;a été modifié. Choisissez un autre fichier journal.</translation>
    </message>
    <message>
        <source>Not run: apply was canceled.</source>
        <translation>Non exécutée&#xa0;: l&apos;application a été annulée.</translation>
    </message>
    <message>
        <source>Not run: an earlier step failed.</source>
        <translation>Non exécutée&#xa0;: une étape précédente a échoué.</translation>
    </message>
    <message>
        <source>No area &quot;%1&quot; in this Banister.</source>
        <translation>Cette version de Banister ne connaît pas le domaine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>To do by hand: %1 (see the plan&apos;s instructions), then confirm it.</source>
        <translation>À faire à la main&#xa0;: %1 (voir les instructions du plan), puis confirmez-le.</translation>
    </message>
    <message>
        <source>Not run yet: the tenant&apos;s limit for this API is used up until %1; apply again after %1 to continue.</source>
        <translation>Pas encore exécuté&#xa0;: la limite de l&apos;instance pour cette API est atteinte jusqu&apos;à %1&#xa0;; appliquez à nouveau après %1 pour continuer.</translation>
    </message>
</context>
<context>
    <name>banister::Area</name>
    <message>
        <source>This step has a call Banister cannot send by itself.</source>
        <translation>Cette étape comporte un appel que Banister ne peut pas envoyer lui-même.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Already as planned.</source>
        <translation>Déjà conforme au plan.</translation>
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
        <translation>En attente de la limite de l&apos;instance pour les appels de données&#xa0;: le prochain appel part dans %1 (à %2).</translation>
    </message>
    <message>
        <source>Waiting for the tenant&apos;s User Management limit: the next call goes out in %1 (at %2).</source>
        <translation>En attente de la limite User Management de l&apos;instance&#xa0;: le prochain appel part dans %1 (à %2).</translation>
    </message>
    <message>
        <source>The tenant did not answer as expected (%1). Trying again in %2 (attempt %3).</source>
        <translation>L&apos;instance n&apos;a pas répondu comme prévu (%1). Nouvel essai dans %2 (tentative %3).</translation>
    </message>
    <message>
        <source>The tenant asked Banister to wait (its rate limit, HTTP 429): the call goes out again in %1 (at %2).</source>
        <translation>L&apos;instance a demandé à Banister d&apos;attendre (sa limite de débit, HTTP 429)&#xa0;: l&apos;appel repart dans %1 (à %2).</translation>
    </message>
</context>
<context>
    <name>banister::Capturer</name>
    <message>
        <source>The tenant&apos;s configuration could not be read: %1</source>
        <translation>Impossible de lire la configuration de l&apos;instance&#xa0;: %1</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile was made for &quot;%1&quot;, but this tenant is &quot;%2&quot;; pass --retarget to apply it here.</source>
        <translation>/tenant/subdomain&#xa0;: le profil a été créé pour «&#xa0;%1&#xa0;», mais cette instance est «&#xa0;%2&#xa0;»&#xa0;; ajoutez --retarget pour l&apos;appliquer ici.</translation>
    </message>
    <message>
        <source>/tenant/subdomain: the profile was made for &quot;%1&quot;; applying it to &quot;%2&quot; (--retarget).</source>
        <translation>/tenant/subdomain&#xa0;: le profil a été créé pour «&#xa0;%1&#xa0;»&#xa0;; application à «&#xa0;%2&#xa0;» (--retarget).</translation>
    </message>
    <message>
        <source>/layouts/%1: no layout named &quot;%2&quot; on this tenant; candidates: %3</source>
        <translation>/layouts/%1&#xa0;: aucune mise en page nommée «&#xa0;%2&#xa0;» sur cette instance&#xa0;; candidates&#xa0;: %3</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: no user with the email %2 on this tenant</source>
        <translation>/dashboard/principals/%1&#xa0;: aucun utilisateur avec l&apos;e-mail %2 sur cette instance</translation>
    </message>
</context>
<context>
    <name>banister::CheckList</name>
    <message>
        <source>Fix: %1</source>
        <translation>Solution&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>banister::ConfirmationsBox</name>
    <message>
        <source>Confirm what Gainsight&apos;s public API cannot tell</source>
        <translation>Confirmer ce que l&apos;API publique de Gainsight ne peut pas dire</translation>
    </message>
    <message>
        <source>The Gainsight CS subscription is &amp;active</source>
        <translation>L&apos;abonnement Gainsight CS est &amp;actif</translation>
    </message>
    <message>
        <source>There is a Staircase AI &amp;subscription</source>
        <translation>Il y a un a&amp;bonnement Staircase AI</translation>
    </message>
    <message>
        <source>&amp;I am an admin in Gainsight CS and a Staircase Admin in Staircase AI</source>
        <translation>&amp;Je suis administrateur dans Gainsight CS et Staircase Admin dans Staircase AI</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Pas encore confirmé</translation>
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
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Decides how the integration is activated: with AI Follow-Up on, Gainsight Support upgrades the existing connection.</source>
        <translation>Détermine comment l&apos;intégration est activée&#xa0;: avec AI Follow-Up actif, le support Gainsight met à niveau la connexion existante.</translation>
    </message>
    <message>
        <source>This tenant answers only Gainsight&apos;s documented REST, which says nothing about subscriptions, your rights or the primary CRM. Check each where the article says and confirm it here; the profile and the report record your confirmation.</source>
        <translation>Cette instance ne répond qu&apos;à l&apos;API REST documentée de Gainsight, qui ne dit rien des abonnements, de vos droits ni du CRM principal. Vérifiez chaque point là où l&apos;article l&apos;indique et confirmez-le ici&#xa0;; le profil et le rapport consignent votre confirmation.</translation>
    </message>
    <message>
        <source>&amp;Primary CRM:</source>
        <translation>&amp;CRM principal&#xa0;:</translation>
    </message>
    <message>
        <source>AI &amp;Follow-Up in Gainsight CS:</source>
        <translation>AI &amp;Follow-Up dans Gainsight CS&#xa0;:</translation>
    </message>
</context>
<context>
    <name>banister::ConnectPage</name>
    <message>
        <source>Use &amp;sandbox tenant</source>
        <translation>Utiliser l&apos;instance &amp;bac à sable</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to your tenant</source>
        <translation>Connexion à votre instance</translation>
    </message>
    <message>
        <source>Banister reads and configures Gainsight CS and Staircase AI through their APIs. Enter where your tenant is and the keys of an admin, or try everything on the built-in sandbox tenant first.</source>
        <translation>Banister lit et configure Gainsight CS et Staircase AI via leurs API. Indiquez l&apos;adresse de votre instance et les clés d&apos;un administrateur, ou essayez d&apos;abord tout sur l&apos;instance bac à sable intégrée.</translation>
    </message>
    <message>
        <source>Start a simulated tenant on this computer, with seeded accounts and users</source>
        <translation>Démarrer sur cet ordinateur une instance simulée, avec des comptes et des utilisateurs d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Reads what the tenant already has (CRM tab, field mappings, Staircase roles, layouts, dashboard permissions) into every page, as a profile to review.</source>
        <translation>Reprend dans chaque page ce que l&apos;instance contient déjà (onglet CRM, mappages de champs, rôles Staircase, mises en page, autorisations du tableau de bord), sous forme de profil à examiner.</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s current settings…</source>
        <translation>Lecture des paramètres actuels de l&apos;instance…</translation>
    </message>
    <message>
        <source>Start from this tenant&apos;s current sett&amp;ings</source>
        <translation>Partir des &amp;paramètres actuels de cette instance</translation>
    </message>
    <message>
        <source>Connected to %1, another tenant than before: every page reads this tenant again. What you chose or entered stays, and the plan checks it against this tenant.</source>
        <translation>Connecté à %1, une autre instance que la précédente&#xa0;: chaque page relit cette instance. Ce que vous avez choisi ou saisi est conservé, et le plan le vérifie par rapport à cette instance.</translation>
    </message>
</context>
<context>
    <name>banister::ConnectionForm</name>
    <message>
        <source>Show or hide the access key</source>
        <translation>Afficher ou masquer la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Afficher ou masquer le jeton</translation>
    </message>
    <message>
        <source>Re&amp;member the key and token in the system keychain</source>
        <translation>&amp;Mémoriser la clé et le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>The subdomain Staircase&apos;s Gainsight card asks for, from the Gainsight URL (https://acme.gainsightcloud.com → acme). Change it if yours differs; a tenant that can say its own is checked on connecting.</source>
        <translation>Le sous-domaine que demande la carte Gainsight de Staircase, tiré de l&apos;URL Gainsight (https://acme.gainsightcloud.com → acme). Modifiez-le si le vôtre diffère&#xa0;; une instance qui peut indiquer le sien est vérifiée à la connexion.</translation>
    </message>
    <message>
        <source>Administration &gt; Connectors 2.0 &gt; Gainsight API &gt; Access Key</source>
        <translation>Administration &gt; Connectors 2.0 &gt; Gainsight API &gt; Access Key</translation>
    </message>
    <message>
        <source>Staircase: Settings &gt; API Tokens</source>
        <translation>Staircase&#xa0;: Settings &gt; API Tokens</translation>
    </message>
    <message>
        <source>&amp;Gainsight URL:</source>
        <translation>URL &amp;Gainsight&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;bdomain:</source>
        <translation>Sous-&amp;domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>Clé d&apos;&amp;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Stair&amp;case URL:</source>
        <translation>URL Stair&amp;case&#xa0;:</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
</context>
<context>
    <name>banister::ConnectionModel</name>
    <message>
        <source>Starting the sandbox tenant…</source>
        <translation>Démarrage de l&apos;instance bac à sable…</translation>
    </message>
    <message>
        <source>The sandbox tenant (scenario &quot;%1&quot;) is running on this computer. Click Next to connect.</source>
        <translation>L&apos;instance bac à sable (scénario «&#xa0;%1&#xa0;») tourne sur cet ordinateur. Cliquez sur Suivant pour vous connecter.</translation>
    </message>
    <message>
        <source>Gainsight URL: %1</source>
        <translation>URL Gainsight&#xa0;: %1</translation>
    </message>
    <message>
        <source>Staircase URL: %1</source>
        <translation>URL Staircase&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the Gainsight access key (Administration &gt; Connectors 2.0 &gt; Gainsight API).</source>
        <translation>Saisissez la clé d&apos;accès Gainsight (Administration &gt; Connectors 2.0 &gt; Gainsight API).</translation>
    </message>
    <message>
        <source>Enter the Staircase API token (Staircase: Settings &gt; API Tokens).</source>
        <translation>Saisissez le jeton d&apos;API Staircase (Staircase&#xa0;: Settings &gt; API Tokens).</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Gainsight: %1</source>
        <translation>Gainsight&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gainsight: the tenant&apos;s answer lacks %1.</source>
        <translation>Gainsight&#xa0;: %1 manque dans la réponse de l&apos;instance.</translation>
    </message>
    <message>
        <source>Staircase: %1</source>
        <translation>Staircase&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tenant did not answer cleanly; trying again in %1 s (attempt %2)…</source>
        <translation>L&apos;instance n&apos;a pas répondu correctement&#xa0;; nouvel essai dans %1 s (tentative %2)…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key and token are kept for this session only; you will be asked again next time.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). La clé et le jeton ne sont conservés que pour cette session&#xa0;; ils vous seront redemandés la prochaine fois.</translation>
    </message>
    <message>
        <source>Connected to %1. It offers Gainsight&apos;s documented REST only: user roles and usernames are automated; the rest are guided steps you do by hand and confirm.</source>
        <translation>Connecté à %1. L&apos;instance n&apos;offre que l&apos;API REST documentée de Gainsight&#xa0;: les rôles et noms d&apos;utilisateur sont automatisés&#xa0;; le reste, ce sont des étapes guidées à faire à la main et à confirmer.</translation>
    </message>
    <message>
        <source>The tenant&apos;s subdomain is &quot;%1&quot;, not &quot;%2&quot;; Banister uses the tenant&apos;s.</source>
        <translation>Le sous-domaine de l&apos;instance est «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;»&#xa0;; Banister utilise celui de l&apos;instance.</translation>
    </message>
</context>
<context>
    <name>banister::CrmArea</name>
    <message>
        <source>%1: waits for Staircase to be connected to Gainsight, which the activation step cannot do until the activation error above is fixed.</source>
        <translation>%1&#xa0;: attend que Staircase soit connecté à Gainsight, ce que l&apos;étape d&apos;activation ne peut faire qu&apos;une fois l&apos;erreur d&apos;activation ci-dessus corrigée.</translation>
    </message>
    <message>
        <source>%1: Staircase is not connected to Gainsight yet. Add the activation step to the profile, or connect first.</source>
        <translation>%1&#xa0;: Staircase n&apos;est pas encore connecté à Gainsight. Ajoutez l&apos;étape d&apos;activation au profil, ou connectez d&apos;abord.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Account sync off</source>
        <translation>Synchronisation des comptes désactivée</translation>
    </message>
    <message>
        <source>Sync accounts where %1</source>
        <translation>Synchroniser les comptes dont %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Sync all accounts</source>
        <translation>Synchroniser tous les comptes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>churned: %1</source>
        <translation>résiliés&#xa0;: %1</translation>
    </message>
    <message>
        <source>prospect: %1</source>
        <translation>prospects&#xa0;: %1</translation>
    </message>
    <message>
        <source>team hierarchy synced</source>
        <translation>hiérarchie des équipes synchronisée</translation>
    </message>
    <message>
        <source>team hierarchy not synced</source>
        <translation>hiérarchie des équipes non synchronisée</translation>
    </message>
    <message>
        <source>call summaries uploaded</source>
        <translation>résumés d&apos;appels envoyés</translation>
    </message>
    <message>
        <source>call summaries not uploaded</source>
        <translation>résumés d&apos;appels non envoyés</translation>
    </message>
    <message>
        <source>CRM sync: the live state could not be read: %1</source>
        <translation>Synchronisation CRM&#xa0;: impossible de lire l&apos;état actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>/crm/filter/rows: &quot;Sync specific accounts&quot; needs at least one filter row</source>
        <translation>/crm/filter/rows&#xa0;: «&#xa0;Synchroniser certains comptes&#xa0;» requiert au moins une ligne de filtre</translation>
    </message>
    <message>
        <source>/crm/filter/rows: at most %1 filter rows are allowed (the profile has %2)</source>
        <translation>/crm/filter/rows&#xa0;: %1 lignes de filtre au plus sont autorisées (le profil en a %2)</translation>
    </message>
    <message>
        <source>/crm/prospectStatuses/%1: &quot;%2&quot; cannot be both a churned and a prospect status</source>
        <translation>/crm/prospectStatuses/%1&#xa0;: «&#xa0;%2&#xa0;» ne peut pas être à la fois un statut résilié et un statut prospect</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (not on this tenant&apos;s Company object; removed since the profile was saved?)</source>
        <translation>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;» (absent de l&apos;objet Company de cette instance&#xa0;; supprimé depuis l&apos;enregistrement du profil&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: filter row %2: %3 cannot be used in a filter</source>
        <translation>%1&#xa0;: ligne de filtre %2&#xa0;: %3 ne peut pas servir de filtre</translation>
    </message>
    <message>
        <source>/crm/%1/%2: &quot;%3&quot; is not a Status value</source>
        <translation>/crm/%1/%2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une valeur du champ Status</translation>
    </message>
    <message>
        <source>Sync %1 accounts to Staircase with the chosen options</source>
        <translation>Synchroniser %1 vers Staircase avec les options choisies</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous les comptes</translation>
    </message>
    <message>
        <source>the filtered</source>
        <translation>les comptes filtrés</translation>
    </message>
    <message>
        <source>Turn account sync off</source>
        <translation>Désactiver la synchronisation des comptes</translation>
    </message>
    <message>
        <source>not readable until Staircase is connected</source>
        <translation>illisible tant que Staircase n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>CRM sync settings read back equal to the profile</source>
        <translation>Les paramètres de synchronisation CRM relus correspondent au profil</translation>
    </message>
    <message>
        <source>The tenant has: %1. The profile asks: %2.</source>
        <translation>L&apos;instance a&#xa0;: %1. Le profil demande&#xa0;: %2.</translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation>rien de lisible</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>Synchronisation CRM</translation>
    </message>
    <message>
        <source>CRM settings saved.</source>
        <translation>Paramètres CRM enregistrés.</translation>
    </message>
    <message>
        <source>CRM settings were already as chosen.</source>
        <translation>Les paramètres CRM étaient déjà tels que choisis.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1: filter row %2: %3</source>
        <translation>%1 : ligne de filtre %2 : %3</translation>
    </message>
</context>
<context>
    <name>banister::CrmModel</name>
    <message>
        <source>Add at least one filter row, or choose &quot;Sync all accounts&quot;.</source>
        <translation>Ajoutez au moins une ligne de filtre, ou choisissez «&#xa0;Synchroniser tous les comptes&#xa0;».</translation>
    </message>
    <message>
        <source>Filter row %1: choose a field.</source>
        <translation>Ligne de filtre %1&#xa0;: choisissez un champ.</translation>
    </message>
    <message>
        <source>Filter row %1: choose at least one value.</source>
        <translation>Ligne de filtre %1&#xa0;: choisissez au moins une valeur.</translation>
    </message>
    <message>
        <source>Filter row %1: %2 is already filtered in row %3; pick its values there, or choose another field.</source>
        <translation>Ligne de filtre %1&#xa0;: %2 est déjà filtré à la ligne %3&#xa0;; choisissez ses valeurs là-bas, ou un autre champ.</translation>
    </message>
    <message>
        <source>%1 was a prospect status and is now churned: a status is one or the other.</source>
        <translation>%1 était un statut de prospect et est maintenant un statut de client perdu&#xa0;: un statut est l’un ou l’autre.</translation>
    </message>
    <message>
        <source>%1 was a churned status and is now a prospect status: a status is one or the other.</source>
        <translation>%1 était un statut de client perdu et est maintenant un statut de prospect&#xa0;: un statut est l’un ou l’autre.</translation>
    </message>
    <message>
        <source>Filter row %1: %2.</source>
        <translation>Ligne de filtre %1 : %2.</translation>
    </message>
    <message>
        <source>The CRM tab&apos;s current settings could not be read.</source>
        <translation>Les paramètres actuels de l’onglet CRM n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>banister::CrmPage</name>
    <message>
        <source>&amp;Synchronize Gainsight accounts with Staircase AI</source>
        <translation>Synchroniser les comptes Gainsight a&amp;vec Staircase AI</translation>
    </message>
    <message>
        <source>Sync &amp;all accounts</source>
        <translation>Synchroniser &amp;tous les comptes</translation>
    </message>
    <message>
        <source>Sync s&amp;pecific accounts</source>
        <translation>Synchroniser &amp;certains comptes</translation>
    </message>
    <message>
        <source>A&amp;dd row</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>Call summary &amp;upload: log every call summary to the Timeline automatically</source>
        <translation>&amp;Envoi des résumés d&apos;appels&#xa0;: consigner automatiquement chaque résumé dans la Timeline</translation>
    </message>
    <message>
        <source>CRM sync</source>
        <translation>Synchronisation CRM</translation>
    </message>
    <message>
        <source>Which Gainsight accounts reach Staircase AI, and how their status and team structure are read.</source>
        <translation>Quels comptes Gainsight parviennent à Staircase AI, et comment leur statut et la structure des équipes sont lus.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Matching accounts: counting…</source>
        <translation>Comptes correspondants&#xa0;: comptage…</translation>
    </message>
    <message>
        <source>Matching accounts: unknown</source>
        <translation>Comptes correspondants&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; accounts match</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; comptes correspondent</translation>
    </message>
    <message>
        <source> · %1 of them have a churned or prospect status</source>
        <translation> · dont %1 avec un statut résilié ou prospect</translation>
    </message>
    <message>
        <source>Sync &amp;team members&apos; names and reporting structure from Gainsight</source>
        <translation>Synchroniser depuis Gainsight les noms des membres et la structure &amp;hiérarchique des équipes</translation>
    </message>
    <message>
        <source>Sync an account when it &amp;matches</source>
        <translation>Synchroniser un compte &amp;quand il correspond à</translation>
    </message>
    <message>
        <source>every row (AND)</source>
        <translation>toutes les lignes (ET)</translation>
    </message>
    <message>
        <source>any row (OR)</source>
        <translation>au moins une ligne (OU)</translation>
    </message>
    <message>
        <source>Rows combine with</source>
        <translation>Lignes combinées par</translation>
    </message>
    <message>
        <source>Within a row, an account matches any of the chosen values.</source>
        <translation>Dans une ligne, un compte correspond s’il a l’une des valeurs choisies.</translation>
    </message>
</context>
<context>
    <name>banister::DashboardArea</name>
    <message>
        <source>Private (only the owner)</source>
        <translation>Privé (propriétaire uniquement)</translation>
    </message>
    <message>
        <source>Public: everyone can view</source>
        <translation>Public&#xa0;: tout le monde peut consulter</translation>
    </message>
    <message>
        <source>Public: everyone can view and edit</source>
        <translation>Public&#xa0;: tout le monde peut consulter et modifier</translation>
    </message>
    <message>
        <source>Public: everyone can view and share</source>
        <translation>Public&#xa0;: tout le monde peut consulter et partager</translation>
    </message>
    <message>
        <source>Specific people</source>
        <translation>Personnes précises</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>Executive dashboard: the permissions could not be read: %1</source>
        <translation>Tableau de bord Executive&#xa0;: impossible de lire les autorisations&#xa0;: %1</translation>
    </message>
    <message>
        <source>/dashboard/principals: Only &quot;specific&quot; takes principals; remove them or choose &quot;specific&quot;.</source>
        <translation>/dashboard/principals&#xa0;: seul «&#xa0;specific&#xa0;» accepte des bénéficiaires&#xa0;; supprimez-les ou choisissez «&#xa0;specific&#xa0;».</translation>
    </message>
    <message>
        <source>/dashboard/principals: &quot;specific&quot; needs at least one user, role or group</source>
        <translation>/dashboard/principals&#xa0;: «&#xa0;specific&#xa0;» requiert au moins un utilisateur, un rôle ou un groupe</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: No %2 &quot;%3&quot; on this tenant.</source>
        <translation>/dashboard/principals/%1&#xa0;: aucun %2 «&#xa0;%3&#xa0;» sur cette instance.</translation>
    </message>
    <message>
        <source>/dashboard/principals/%1: %2 &quot;%3&quot; is listed twice</source>
        <translation>/dashboard/principals/%1&#xa0;: %2 «&#xa0;%3&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>Set who can open the Staircase Executive Dashboard</source>
        <translation>Définir qui peut ouvrir le Staircase Executive Dashboard</translation>
    </message>
    <message>
        <source>Executive dashboard permissions read back equal to the profile</source>
        <translation>Les autorisations du tableau de bord Executive relues correspondent au profil</translation>
    </message>
    <message>
        <source>the type is %1, the profile asks %2</source>
        <translation>le type est %1, le profil demande %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquants&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in the profile: %1</source>
        <translation>absents du profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>the principals are in another order</source>
        <translation>les bénéficiaires sont dans un autre ordre</translation>
    </message>
    <message>
        <source>Executive dashboard</source>
        <translation>Tableau de bord Executive</translation>
    </message>
    <message>
        <source>Dashboard permissions saved.</source>
        <translation>Autorisations du tableau de bord enregistrées.</translation>
    </message>
    <message>
        <source>The dashboard permissions were already as chosen.</source>
        <translation>Les autorisations du tableau de bord étaient déjà telles que choisies.</translation>
    </message>
</context>
<context>
    <name>banister::DashboardModel</name>
    <message>
        <source>Private: no one but the creator has access.</source>
        <translation>Privé&#xa0;: seule la personne qui l&apos;a créé y a accès.</translation>
    </message>
    <message>
        <source>Public: anyone with access to Dashboards can view it.</source>
        <translation>Public&#xa0;: toute personne ayant accès aux tableaux de bord peut le consulter.</translation>
    </message>
    <message>
        <source>Public – View &amp; Edit: anyone with access to Dashboards can view it; anyone with access to the Dashboard Builder can edit it.</source>
        <translation>Public – Consultation et modification&#xa0;: consultation via les tableaux de bord, modification via le Dashboard Builder.</translation>
    </message>
    <message>
        <source>Public – View &amp; Share: anyone with access to Dashboards can view and share it.</source>
        <translation>Public – Consultation et partage&#xa0;: toute personne ayant accès aux tableaux de bord peut le consulter et le partager.</translation>
    </message>
    <message>
        <source>Specific people: only the users, roles and groups you choose.</source>
        <translation>Personnes précises&#xa0;: uniquement les utilisateurs, rôles et groupes que vous choisissez.</translation>
    </message>
    <message>
        <source>System Administrator keeps access to the dashboard.</source>
        <translation>System Administrator conserve l&apos;accès au tableau de bord.</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>banister::DashboardPage</name>
    <message>
        <source>Executive dashboard</source>
        <translation>Tableau de bord Executive</translation>
    </message>
    <message>
        <source>Who can open the Staircase Executive Dashboard (Dashboard Builder › System folder). By default only System Administrator has access.</source>
        <translation>Qui peut ouvrir le Staircase Executive Dashboard (Dashboard Builder › dossier System). Par défaut, seul System Administrator y a accès.</translation>
    </message>
</context>
<context>
    <name>banister::Engine</name>
    <message>
        <source>The profile manages no area yet: there is nothing to plan.</source>
        <translation>Le profil ne gère encore aucun domaine&#xa0;: il n&apos;y a rien à planifier.</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsArea</name>
    <message>
        <source>Field mappings: the live state could not be read: %1</source>
        <translation>Mappages de champs&#xa0;: impossible de lire l&apos;état actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: %2 is mapped twice</source>
        <translation>/fieldMappings/%1/staircaseField&#xa0;: %2 est mappé deux fois</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/gainsightField: Gainsight has no Company field &quot;%2&quot; (removed since the profile was saved?)</source>
        <translation>/fieldMappings/%1/gainsightField&#xa0;: Gainsight n&apos;a pas de champ Company «&#xa0;%2&#xa0;» (supprimé depuis l&apos;enregistrement du profil&#xa0;?)</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: Staircase has no account field &quot;%2&quot;</source>
        <translation>/fieldMappings/%1/staircaseField&#xa0;: Staircase n&apos;a pas de champ de compte «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>/fieldMappings/%1/staircaseField: Staircase has no account field &quot;%2&quot; among its standard fields; custom fields can be mapped once Staircase is connected</source>
        <translation>/fieldMappings/%1/staircaseField&#xa0;: Staircase n&apos;a pas de champ de compte «&#xa0;%2&#xa0;» parmi ses champs standard&#xa0;; les champs personnalisés pourront être mappés une fois Staircase connecté</translation>
    </message>
    <message>
        <source>/fieldMappings/%1: %2 is mapped out of the box to %3 and cannot be changed</source>
        <translation>/fieldMappings/%1&#xa0;: %2 est mappé d&apos;office sur %3 et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>/fieldMappings/%1: %2</source>
        <translation>/fieldMappings/%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not mapped; Staircase needs it to work properly.</source>
        <translation>%1 n&apos;est pas mappé&#xa0;; Staircase en a besoin pour bien fonctionner.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation>aucun mappage</translation>
    </message>
    <message numerus="yes">
        <source>Map %n Staircase account field(s) to Gainsight fields</source>
        <translation>
            <numerusform>Mapper %n champ de compte Staircase sur un champ Gainsight</numerusform>
            <numerusform>Mapper %n champs de compte Staircase sur des champs Gainsight</numerusform>
        </translation>
    </message>
    <message>
        <source>not readable until Staircase is connected</source>
        <translation>illisible tant que Staircase n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>Field mappings read back equal to the profile</source>
        <translation>Les mappages de champs relus correspondent au profil</translation>
    </message>
    <message>
        <source>No mappings.</source>
        <translation>Aucun mappage.</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mappages de champs</translation>
    </message>
    <message>
        <source>Field mappings saved.</source>
        <translation>Mappages de champs enregistrés.</translation>
    </message>
    <message>
        <source>Field mappings were already as chosen.</source>
        <translation>Les mappages de champs étaient déjà tels que choisis.</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsModel</name>
    <message>
        <source>CRM Account ID</source>
        <translation>ID de compte CRM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Compte parent</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Renewal Date</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <source>Journey Stage</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Staircase has no account field &quot;%1&quot;.</source>
        <translation>Staircase n&apos;a pas de champ de compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is mapped out of the box and cannot be changed.</source>
        <translation>%1 est mappé d&apos;office et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Gainsight has no Company field &quot;%1&quot;.</source>
        <translation>Gainsight n&apos;a pas de champ Company «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The Gainsight field %1 already feeds the Staircase field %2; each Gainsight field maps to one Staircase field.</source>
        <translation>Le champ Gainsight %1 alimente déjà le champ Staircase %2&#xa0;; chaque champ Gainsight correspond à un seul champ Staircase.</translation>
    </message>
    <message>
        <source>Map Tier: it is the most important field for Staircase.</source>
        <translation>Mappez Tier&#xa0;: c&apos;est le champ le plus important pour Staircase.</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— non mappé —</translation>
    </message>
    <message>
        <source>custom field; checked once Staircase is connected</source>
        <translation>champ personnalisé&#xa0;; vérifié une fois Staircase connecté</translation>
    </message>
    <message>
        <source>mapped out of the box</source>
        <translation>mappé d&apos;office</translation>
    </message>
    <message>
        <source>required · most important</source>
        <translation>obligatoire · le plus important</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>The integration maps %1 itself; it cannot be changed.</source>
        <translation>L&apos;intégration mappe %1 elle-même&#xa0;; ce n&apos;est pas modifiable.</translation>
    </message>
    <message>
        <source>Tier drives Staircase&apos;s account prioritisation. It must be a single-select picklist.</source>
        <translation>Tier pilote la priorisation des comptes dans Staircase. Ce doit être une liste à sélection unique.</translation>
    </message>
    <message>
        <source>Staircase field</source>
        <translation>Champ Staircase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Gainsight field</source>
        <translation>Champ Gainsight</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>banister::FieldMappingsPage</name>
    <message>
        <source>— not mapped —</source>
        <translation>— non mappé —</translation>
    </message>
    <message>
        <source>&amp;Unmap selected field</source>
        <translation>Supprimer le &amp;mappage du champ sélectionné</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mappages de champs</translation>
    </message>
    <message>
        <source>What Staircase knows about each account. Tier matters most; Revenue, Renewal Date and Journey Stage are needed too. Double-click a Gainsight field to change it.</source>
        <translation>Ce que Staircase sait de chaque compte. Tier compte le plus&#xa0;; le chiffre d&apos;affaires, la date de renouvellement et l&apos;étape du parcours sont aussi nécessaires. Double-cliquez sur un champ Gainsight pour le modifier.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Staircase is not connected yet, so these are the standard account fields from the integration guide. Custom Staircase fields appear here once it is connected.</source>
        <translation>Staircase n&apos;est pas encore connecté&#xa0;: voici donc les champs de compte standard du guide d&apos;intégration. Les champs Staircase personnalisés apparaîtront ici une fois la connexion établie.</translation>
    </message>
    <message>
        <source>Arrow keys choose a row; F2 changes its Gainsight field.</source>
        <translation>Les flèches choisissent une ligne&#xa0;; F2 change son champ Gainsight.</translation>
    </message>
</context>
<context>
    <name>banister::FilterRowWidget</name>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Choose a field…</source>
        <translation>Choisir un champ…</translation>
    </message>
    <message>
        <source>Numbers, separated by commas</source>
        <translation>Nombres séparés par des virgules</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD, separated by commas</source>
        <translation>Dates au format AAAA-MM-JJ, séparées par des virgules</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>Chargement des valeurs…</translation>
    </message>
    <message>
        <source>Choose values…</source>
        <translation>Choisir des valeurs…</translation>
    </message>
    <message>
        <source>Filter %1: field</source>
        <translation>Filtre %1&#xa0;: champ</translation>
    </message>
    <message>
        <source>Filter %1: values</source>
        <translation>Filtre %1&#xa0;: valeurs</translation>
    </message>
    <message>
        <source>Several values separated by commas</source>
        <translation>Plusieurs valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>and</source>
        <comment>between low and high</comment>
        <translation>et</translation>
    </message>
    <message>
        <source>Filter %1: operator</source>
        <translation>Filtre %1 : opérateur</translation>
    </message>
    <message>
        <source>Filter %1: upper value</source>
        <translation>Filtre %1 : valeur haute</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD</source>
        <translation>Une date au format AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>banister::FinishPage</name>
    <message>
        <source>&amp;Export setup report…</source>
        <translation>&amp;Exporter le rapport de configuration…</translation>
    </message>
    <message>
        <source>Save &amp;profile…</source>
        <translation>Enregistrer le pro&amp;fil…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Keep a setup report as evidence of what was configured, and the profile to set up the next tenant the same way.</source>
        <translation>Conservez un rapport de configuration comme preuve de ce qui a été configuré, et le profil pour configurer la prochaine instance de la même façon.</translation>
    </message>
    <message>
        <source>Export setup report</source>
        <translation>Exporter le rapport de configuration</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Rapport Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Nothing was configured on %1: Salesforce is its primary CRM, so Staircase AI is integrated directly with Salesforce. Export the report to keep a record of why.</source>
        <translation>Rien n&apos;a été configuré sur %1&#xa0;: Salesforce est son CRM principal, Staircase AI s&apos;intègre donc directement à Salesforce. Exportez le rapport pour garder une trace de la raison.</translation>
    </message>
    <message>
        <source>The integration is set up on %1 and every check passed.</source>
        <translation>L&apos;intégration est configurée sur %1 et tous les contrôles ont réussi.</translation>
    </message>
    <message>
        <source>%1 change(s) applied; %2 verification check(s) failed.</source>
        <translation>%1 modification(s) appliquée(s)&#xa0;; %2 contrôle(s) de vérification en échec.</translation>
    </message>
    <message>
        <source>&amp;Undo this apply…</source>
        <translation>&amp;Annuler cette application…</translation>
    </message>
    <message>
        <source>Shows the reverse of this apply on the Review page: what is put back, and what cannot be undone. Nothing changes until you click Apply there.</source>
        <translation>Affiche l&apos;inverse de cette application sur la page d&apos;examen&#xa0;: ce qui est rétabli, et ce qui ne peut pas être annulé. Rien ne change tant que vous n&apos;y avez pas cliqué sur Appliquer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) applied; %n step(s) by hand not yet confirmed (tick Done on the Review page once done).</source>
        <translation>
            <numerusform>%1 modification(s) appliquée(s)&#xa0;; %n étape à la main pas encore confirmée (cochez Fait sur la page Examen et application une fois faite).</numerusform>
            <numerusform>%1 modification(s) appliquée(s)&#xa0;; %n étapes à la main pas encore confirmées (cochez Fait sur la page Examen et application une fois faites).</numerusform>
        </translation>
    </message>
    <message>
        <source>What to expect next:</source>
        <translation>À quoi s&apos;attendre ensuite&#xa0;:</translation>
    </message>
</context>
<context>
    <name>banister::LayoutPage</name>
    <message>
        <source>&amp;Add to layout</source>
        <translation>&amp;Ajouter à la mise en page</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>C360 / P360 layouts</source>
        <translation>Mises en page C360 / P360</translation>
    </message>
    <message>
        <source>Show Staircase AI insights inside Gainsight: put the Staircase AI section into the 360 layouts. Drag it from the palette into a layout, or use Add and Move.</source>
        <translation>Affichez les analyses de Staircase AI dans Gainsight&#xa0;: placez la section Staircase AI dans les mises en page 360. Faites-la glisser de la palette vers une mise en page, ou utilisez Ajouter, Monter et Descendre.</translation>
    </message>
    <message>
        <source>Staircase AI</source>
        <translation>Staircase AI</translation>
    </message>
    <message>
        <source>Drag into a layout&apos;s sections</source>
        <translation>Faire glisser dans les sections d&apos;une mise en page</translation>
    </message>
    <message>
        <source>Layouts (tick to include):</source>
        <translation>Mises en page (cochez pour inclure)&#xa0;:</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>Palette&#xa0;:</translation>
    </message>
    <message>
        <source>Sections of the selected layout:</source>
        <translation>Sections de la mise en page sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Section &amp;label:</source>
        <translation>&amp;Libellé de la section&#xa0;:</translation>
    </message>
    <message>
        <source>The Staircase AI section joins Gainsight&apos;s palette once Staircase is connected; Banister places it right after connecting when you apply.</source>
        <translation>La section Staircase AI rejoint la palette de Gainsight une fois Staircase connecté&#xa0;; Banister la place juste après la connexion lorsque vous appliquez.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current layout.</source>
        <translation>La barre d&apos;espace coche ou décoche la mise en page actuelle.</translation>
    </message>
    <message>
        <source>Drag into a layout&apos;s sections, or use Add to layout.</source>
        <translation>Faire glisser dans les sections d&apos;une mise en page, ou utiliser «&#xa0;Ajouter à la mise en page&#xa0;».</translation>
    </message>
    <message>
        <source>Layout name, as under Administration &gt; 360 Layouts</source>
        <translation>Nom de la mise en page, comme sous Administration &gt; 360 Layouts</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>Nom de la mise en page</translation>
    </message>
    <message>
        <source>Gainsight&apos;s public API cannot list or change 360 layouts: name each layout that gets the Staircase AI section, choose its position and label, and the Review page lists the clicks to do it by hand.</source>
        <translation>L&apos;API publique de Gainsight ne peut ni lister ni modifier les mises en page 360&#xa0;: nommez chaque mise en page qui reçoit la section Staircase AI, choisissez sa position et son libellé, et la page Examen et application liste les clics pour le faire à la main.</translation>
    </message>
    <message>
        <source>Add la&amp;yout</source>
        <translation>Ajouter une mise en pa&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Remove from layout</source>
        <translation>&amp;Retirer de la disposition</translation>
    </message>
    <message>
        <source>Leave this layout out: Banister will not place the section there</source>
        <translation>Laisser cette disposition de côté : Banister n’y placera pas la section</translation>
    </message>
</context>
<context>
    <name>banister::LayoutPreview</name>
    <message>
        <source>&amp;Preview</source>
        <translation>Ap&amp;erçu</translation>
    </message>
    <message>
        <source>Find an account by name</source>
        <translation>Rechercher un compte par nom</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Comptes trouvés</translation>
    </message>
    <message>
        <source>Layout preview</source>
        <translation>Aperçu de la mise en page</translation>
    </message>
    <message>
        <source>Find an account and click Preview to see this layout with its data, the Staircase AI section where you put it.</source>
        <translation>Cherchez un compte et cliquez sur Aperçu pour voir cette disposition avec ses données, la section Staircase AI là où vous l’avez mise.</translation>
    </message>
</context>
<context>
    <name>banister::LayoutsArea</name>
    <message>
        <source>360 layouts: the live state could not be read: %1</source>
        <translation>Mises en page 360&#xa0;: impossible de lire l&apos;état actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>/layouts/%1/sectionLabel: the Staircase AI section needs a label</source>
        <translation>/layouts/%1/sectionLabel&#xa0;: la section Staircase AI requiert un libellé</translation>
    </message>
    <message>
        <source>/layouts/%1/sectionLabel: the label is longer than %2 characters</source>
        <translation>/layouts/%1/sectionLabel&#xa0;: le libellé dépasse %2 caractères</translation>
    </message>
    <message>
        <source>/layouts/%1: layout &quot;%2&quot; no longer exists on this tenant; it is skipped.</source>
        <translation>/layouts/%1&#xa0;: la mise en page «&#xa0;%2&#xa0;» n&apos;existe plus sur cette instance&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>Place &quot;%1&quot; at position %2 in %3</source>
        <translation>Placer «&#xa0;%1&#xa0;» en position %2 dans %3</translation>
    </message>
    <message>
        <source>%1 changed on the tenant since the plan was made; review the plan again.</source>
        <translation>%1 a été modifié sur l&apos;instance depuis l&apos;établissement du plan&#xa0;; examinez de nouveau le plan.</translation>
    </message>
    <message>
        <source>Staircase AI section in %1</source>
        <translation>Section Staircase AI dans %1</translation>
    </message>
    <message>
        <source>Not in the layout.</source>
        <translation>Absente de la mise en page.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2.</source>
        <translation>«&#xa0;%1&#xa0;» en position %2.</translation>
    </message>
    <message>
        <source>360 layouts</source>
        <translation>Mises en page 360</translation>
    </message>
    <message>
        <source>Layout saved.</source>
        <translation>Mise en page enregistrée.</translation>
    </message>
    <message>
        <source>The layout already had the section there.</source>
        <translation>La mise en page contenait déjà la section à cet endroit.</translation>
    </message>
</context>
<context>
    <name>banister::LayoutsModel</name>
    <message>
        <source>Choose at least one layout for the Staircase AI section.</source>
        <translation>Choisissez au moins une mise en page pour la section Staircase AI.</translation>
    </message>
    <message>
        <source>The section needs a label.</source>
        <translation>La section requiert un libellé.</translation>
    </message>
    <message>
        <source>A label has at most 80 characters.</source>
        <translation>Un libellé compte au plus 80 caractères.</translation>
    </message>
    <message>
        <source>Staircase AI insights for %1, once the plan is applied</source>
        <translation>Informations Staircase AI pour %1, une fois le plan appliqué</translation>
    </message>
</context>
<context>
    <name>banister::ManualGuide</name>
    <message>
        <source>cannot be read through Gainsight&apos;s public API</source>
        <translation>ne peut pas être lu par l&apos;API publique de Gainsight</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to upgrade the connection</source>
        <translation>Demander au support Gainsight de mettre à niveau la connexion</translation>
    </message>
    <message>
        <source>Ask Gainsight Support to enable the Staircase integration</source>
        <translation>Demander au support Gainsight d&apos;activer l&apos;intégration Staircase</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; request, completed by Gainsight Support</source>
        <translation>une demande «&#xa0;%1&#xa0;», traitée par le support Gainsight</translation>
    </message>
    <message>
        <source>AI Follow-Up is on in Gainsight CS: contact Gainsight Support and ask them to upgrade the connection to Staircase AI.</source>
        <translation>AI Follow-Up est actif dans Gainsight CS&#xa0;: contactez le support Gainsight et demandez-lui de mettre à niveau la connexion à Staircase AI.</translation>
    </message>
    <message>
        <source>Wait until Support confirms the upgrade is done.</source>
        <translation>Attendez que le support confirme que la mise à niveau est faite.</translation>
    </message>
    <message>
        <source>Contact Gainsight Support and request the Staircase integration; it links Gainsight with your Staircase tenant.</source>
        <translation>Contactez le support Gainsight et demandez l&apos;intégration Staircase&#xa0;; elle relie Gainsight à votre instance Staircase.</translation>
    </message>
    <message>
        <source>Wait until Support confirms the integration is enabled.</source>
        <translation>Attendez que le support confirme que l&apos;intégration est activée.</translation>
    </message>
    <message>
        <source>(your Gainsight subdomain)</source>
        <translation>(votre sous-domaine Gainsight)</translation>
    </message>
    <message>
        <source>Connect Staircase to Gainsight (subdomain &quot;%1&quot;)</source>
        <translation>Connecter Staircase à Gainsight (sous-domaine «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>connected to &quot;%1&quot;</source>
        <translation>connecté à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Log in to Staircase as an Admin (a Gainsight CS admin who is a Staircase Admin).</source>
        <translation>Connectez-vous à Staircase en tant qu&apos;Admin (un administrateur Gainsight CS qui est Staircase Admin).</translation>
    </message>
    <message>
        <source>Navigate to Settings &gt; Integrations.</source>
        <translation>Ouvrez Settings &gt; Integrations.</translation>
    </message>
    <message>
        <source>Click the Gainsight card.</source>
        <translation>Cliquez sur la carte Gainsight.</translation>
    </message>
    <message>
        <source>Click Connect. The Gainsight login page appears.</source>
        <translation>Cliquez sur Connect. La page de connexion de Gainsight s&apos;affiche.</translation>
    </message>
    <message>
        <source>Enter the Gainsight credentials; Gainsight gets connected to the Staircase instance and the CRM, Account Fields and Users tabs appear.</source>
        <translation>Saisissez les identifiants Gainsight&#xa0;; Gainsight est connecté à l&apos;instance Staircase et les onglets CRM, Account Fields et Users apparaissent.</translation>
    </message>
    <message>
        <source>Gainsight subdomain: %1
Gainsight URL: %2</source>
        <translation>Sous-domaine Gainsight&#xa0;: %1
URL Gainsight&#xa0;: %2</translation>
    </message>
    <message>
        <source>Synchronize Gainsight accounts with Staircase AI: %1</source>
        <translation>Synchroniser les comptes Gainsight avec Staircase AI&#xa0;: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Filter accounts to sync into Staircase AI: %1</source>
        <translation>Filtrer les comptes à synchroniser dans Staircase AI&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync specific accounts</source>
        <translation>Synchroniser certains comptes</translation>
    </message>
    <message>
        <source>Sync all accounts</source>
        <translation>Synchroniser tous les comptes</translation>
    </message>
    <message>
        <source>Churned statuses: %1</source>
        <translation>Statuts des comptes perdus&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Prospect statuses: %1</source>
        <translation>Statuts des prospects&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync team member&apos;s names and reporting structure: %1</source>
        <translation>Synchroniser les noms des membres et la structure hiérarchique des équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call summary upload: %1</source>
        <translation>Envoi des résumés d&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set Staircase&apos;s CRM tab</source>
        <translation>Régler l&apos;onglet CRM de Staircase</translation>
    </message>
    <message>
        <source>In Staircase, navigate to Settings &gt; Integrations and click the Gainsight card.</source>
        <translation>Dans Staircase, ouvrez Settings &gt; Integrations et cliquez sur la carte Gainsight.</translation>
    </message>
    <message>
        <source>On the CRM tab, set each option as listed below; for Sync specific accounts choose each row&apos;s Field and Values (Add row for the next one).</source>
        <translation>Dans l&apos;onglet CRM, réglez chaque option comme indiqué ci-dessous&#xa0;; pour Sync specific accounts, choisissez le Field et les Values de chaque ligne (Add row pour la suivante).</translation>
    </message>
    <message>
        <source>Check that the count at the bottom of the page matches the count Banister showed.</source>
        <translation>Vérifiez que le nombre en bas de la page correspond à celui affiché par Banister.</translation>
    </message>
    <message>
        <source>Click Update to save the changes, then Save.</source>
        <translation>Cliquez sur Update pour enregistrer les modifications, puis sur Save.</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message numerus="yes">
        <source>Map %n Staircase account field(s) to Gainsight fields</source>
        <translation>
            <numerusform>Mapper %n champ de compte Staircase sur des champs Gainsight</numerusform>
            <numerusform>Mapper %n champs de compte Staircase sur des champs Gainsight</numerusform>
        </translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation>aucun mappage</translation>
    </message>
    <message>
        <source>In Staircase, navigate to Settings &gt; Configuration &gt; Account Fields.</source>
        <translation>Dans Staircase, ouvrez Settings &gt; Configuration &gt; Account Fields.</translation>
    </message>
    <message>
        <source>For each Staircase field below, choose the Gainsight field it is mapped from.</source>
        <translation>Pour chaque champ Staircase ci-dessous, choisissez le champ Gainsight dont il est mappé.</translation>
    </message>
    <message>
        <source>Save.</source>
        <translation>Enregistrez (Save).</translation>
    </message>
    <message>
        <source>Check the Staircase option, single sign-on and permission bundles</source>
        <translation>Vérifier l&apos;option Staircase, l&apos;authentification unique et les bundles d&apos;autorisations</translation>
    </message>
    <message>
        <source>the Staircase option in the apps menu, SSO working, bundles assigned</source>
        <translation>l&apos;option Staircase dans le menu des applications, le SSO qui fonctionne, les bundles attribués</translation>
    </message>
    <message>
        <source>In the Gainsight apps menu, verify that the Staircase option appears.</source>
        <translation>Dans le menu des applications de Gainsight, vérifiez que l&apos;option Staircase apparaît.</translation>
    </message>
    <message>
        <source>Open Staircase from the apps menu as one of the assigned users: single sign-on must work without a second login.</source>
        <translation>Ouvrez Staircase depuis le menu des applications en tant que l&apos;un des utilisateurs attribués&#xa0;: l&apos;authentification unique doit fonctionner sans seconde connexion.</translation>
    </message>
    <message>
        <source>In Administration &gt; Users and Permissions, verify that users with a Staircase role have the Default Staircase Full Permissions (Full license) or Default Staircase Viewer Plus Permissions (Viewer Plus) bundle, holding Insights &gt; Staircase Communication, Insights &gt; Staircase AI Reports and Settings &gt; Staircase AI Setting.</source>
        <translation>Dans Administration &gt; Users and Permissions, vérifiez que les utilisateurs ayant un rôle Staircase ont le bundle Default Staircase Full Permissions (licence Full) ou Default Staircase Viewer Plus Permissions (Viewer Plus), avec Insights &gt; Staircase Communication, Insights &gt; Staircase AI Reports et Settings &gt; Staircase AI Setting.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) assigned a Staircase role</source>
        <translation>
            <numerusform>%n utilisateur avec un rôle Staircase</numerusform>
            <numerusform>%n utilisateurs avec un rôle Staircase</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the Staircase AI section to %1</source>
        <translation>Ajouter la section Staircase AI à %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2</source>
        <translation>«&#xa0;%1&#xa0;» en position %2</translation>
    </message>
    <message>
        <source>Navigate to Administration &gt; 360 Layouts &gt; C360/P360 and open the layout %1.</source>
        <translation>Ouvrez Administration &gt; 360 Layouts &gt; C360/P360, puis la mise en page %1.</translation>
    </message>
    <message>
        <source>In the Configure sections tab, drag and drop the Staircase AI section from the left pane to position %1 (counted from the top).</source>
        <translation>Dans l&apos;onglet Configure sections, faites glisser la section Staircase AI du volet de gauche à la position %1 (comptée depuis le haut).</translation>
    </message>
    <message>
        <source>Click the section and rename it to &quot;%1&quot;.</source>
        <translation>Cliquez sur la section et renommez-la en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>(Optional) Click Preview, then select a record to view a preview of the layout.</source>
        <translation>(Facultatif) Cliquez sur Preview, puis choisissez un enregistrement pour voir un aperçu de la mise en page.</translation>
    </message>
    <message>
        <source>Click Save to apply changes.</source>
        <translation>Cliquez sur Save pour appliquer les modifications.</translation>
    </message>
    <message>
        <source>Layout: %1
Section: Staircase AI
Label: %2
Position: %3</source>
        <translation>Mise en page&#xa0;: %1
Section&#xa0;: Staircase AI
Libellé&#xa0;: %2
Position&#xa0;: %3</translation>
    </message>
    <message>
        <source>Set who can open the Staircase Executive Dashboard</source>
        <translation>Définir qui peut ouvrir le Staircase Executive Dashboard</translation>
    </message>
    <message>
        <source>Navigate to Administration &gt; Dashboard Builder &gt; Dashboard List.</source>
        <translation>Ouvrez Administration &gt; Dashboard Builder &gt; Dashboard List.</translation>
    </message>
    <message>
        <source>Open the System folder and locate the Staircase Executive Dashboard.</source>
        <translation>Ouvrez le dossier System et repérez le Staircase Executive Dashboard.</translation>
    </message>
    <message>
        <source>From the three-vertical dots menu, click Manage Permissions.</source>
        <translation>Dans le menu à trois points verticaux, cliquez sur Manage Permissions.</translation>
    </message>
    <message>
        <source>Select the permission type and the people below, then save.</source>
        <translation>Choisissez le type d&apos;autorisation et les personnes ci-dessous, puis enregistrez.</translation>
    </message>
    <message>
        <source>Confirmed by the admin (%1, %2); no public API can read it back.</source>
        <translation>Confirmé par l&apos;administrateur (%1, %2)&#xa0;; aucune API publique ne peut le relire.</translation>
    </message>
    <message>
        <source>Not yet confirmed: do it by hand as the plan describes, then confirm it (Done on the Review page, or banister-cli apply --confirm %1).</source>
        <translation>Pas encore confirmé&#xa0;: faites-le à la main comme le plan le décrit, puis confirmez-le (Fait sur la page Examen et application, ou banister-cli apply --confirm %1).</translation>
    </message>
    <message>
        <source>Staircase syncs CRM data from Gainsight about every 2 hours: the accounts appear in Staircase after the first sync, expected by %1.</source>
        <translation>Staircase synchronise les données CRM depuis Gainsight environ toutes les 2 heures&#xa0;: les comptes apparaissent dans Staircase après la première synchronisation, attendue d&apos;ici %1.</translation>
    </message>
    <message>
        <source>On its first sync Staircase fetches 12 months of history.</source>
        <translation>Lors de sa première synchronisation, Staircase récupère 12 mois d&apos;historique.</translation>
    </message>
    <message>
        <source>Data retention is changed through your Staircase account team, not in either admin console.</source>
        <translation>La durée de conservation des données se modifie par votre équipe de compte Staircase, et non dans l&apos;une des consoles d&apos;administration.</translation>
    </message>
    <message>
        <source>  Row %1: %2</source>
        <translation>  Ligne %1 : %2</translation>
    </message>
    <message>
        <source>  An account is synced when any row matches (OR).</source>
        <translation>  Un compte est synchronisé quand au moins une ligne correspond (OU).</translation>
    </message>
    <message>
        <source>  An account is synced when every row matches (AND).</source>
        <translation>  Un compte est synchronisé quand toutes les lignes correspondent (ET).</translation>
    </message>
    <message>
        <source>Staircase&apos;s CRM tab, as documented, picks a Field and the Values it is, rows combined by AND; rows with another operator or combined by OR may not be possible there. Check the count Staircase shows before confirming.</source>
        <translation>D’après sa documentation, l’onglet CRM de Staircase choisit un champ (Field) et ses valeurs (Values), les lignes combinées par ET ; des lignes avec un autre opérateur ou combinées par OU n’y sont peut-être pas possibles. Vérifiez le nombre affiché par Staircase avant de confirmer.</translation>
    </message>
</context>
<context>
    <name>banister::ManualStepsPanel</name>
    <message>
        <source>Cop&amp;y what to enter</source>
        <translation>Copier ce qu&apos;il &amp;faut saisir</translation>
    </message>
    <message>
        <source>Open the admin &amp;page</source>
        <translation>Ouvrir la page d&apos;a&amp;dministration</translation>
    </message>
    <message>
        <source>Steps to do by hand; tick Done when a step is done</source>
        <translation>Étapes à faire à la main&#xa0;; cochez Fait lorsqu&apos;une étape est faite</translation>
    </message>
    <message>
        <source>By hand in Gainsight or Staircase: %1 of %2 done</source>
        <translation>À la main dans Gainsight ou Staircase&#xa0;: %1 sur %2 faites</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to enter:</source>
        <translation>Ce qu&apos;il faut saisir&#xa0;:</translation>
    </message>
</context>
<context>
    <name>banister::PlanModel</name>
    <message numerus="yes">
        <source>%1 (+ %n more)</source>
        <translation>
            <numerusform>%1 (+ %n autre)</numerusform>
            <numerusform>%1 (+ %n autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… et %n autre</numerusform>
            <numerusform>
… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the profile with the live tenant…</source>
        <translation>Comparaison du profil avec l&apos;instance en service…</translation>
    </message>
    <message>
        <source>The profile cannot be applied to this tenant as it is; see the errors below.</source>
        <translation>Le profil ne peut pas être appliqué tel quel à cette instance&#xa0;; voir les erreurs ci-dessous.</translation>
    </message>
    <message>
        <source>Nothing to change: the tenant already matches every setting.</source>
        <translation>Rien à modifier&#xa0;: l&apos;instance correspond déjà à chaque paramètre.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n modification</numerusform>
            <numerusform>%1&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), %1 on a real tenant at its documented rate limits. </source>
        <translation>
            <numerusform>%n modification, %1 sur une instance réelle aux limites de débit documentées. </numerusform>
            <numerusform>%n modifications, %1 sur une instance réelle aux limites de débit documentées. </numerusform>
        </translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n modification)</numerusform>
            <numerusform>%1 (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>done</source>
        <comment>step status</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step status</comment>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>step status</comment>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>canceled</source>
        <comment>step status</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>The apply cannot be undone as it is: the tenant changed since; see the errors below.</source>
        <translation>L&apos;application ne peut pas être annulée telle quelle&#xa0;: l&apos;instance a changé depuis&#xa0;; voir les erreurs ci-dessous.</translation>
    </message>
    <message>
        <source>Nothing to undo: the tenant is already as it was before the apply.</source>
        <translation>Rien à annuler&#xa0;: l&apos;instance est déjà dans l&apos;état d&apos;avant l&apos;application.</translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n change(s) put the tenant back as it was before the apply; what cannot be undone is listed below.</source>
        <translation>
            <numerusform>Annulation&#xa0;: %n modification remet l&apos;instance dans l&apos;état d&apos;avant l&apos;application&#xa0;; ce qui ne peut pas être annulé figure ci-dessous.</numerusform>
            <numerusform>Annulation&#xa0;: %n modifications remettent l&apos;instance dans l&apos;état d&apos;avant l&apos;application&#xa0;; ce qui ne peut pas être annulé figure ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>by hand</source>
        <comment>step status</comment>
        <translation>à la main</translation>
    </message>
    <message>
        <source>%1 automated, %2 by hand (Gainsight&apos;s public API cannot do them). </source>
        <translation>%1 automatisées, %2 à la main (l&apos;API publique de Gainsight ne peut pas les faire). </translation>
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
        <translation>Chaque domaine avec ses étapes, avant et après&#xa0;; les flèches ouvrent un domaine.</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesArea</name>
    <message>
        <source>Prerequisites could not be checked: %1</source>
        <translation>Impossible de vérifier les prérequis&#xa0;: %1</translation>
    </message>
    <message>
        <source>the tenant did not answer.</source>
        <translation>l&apos;instance n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Prerequisite not met — %1: %2</source>
        <translation>Prérequis non rempli — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Prerequisites have no step %1.</source>
        <translation>Les prérequis n&apos;ont pas d&apos;étape %1.</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Prerequisite not confirmed — %1: %2</source>
        <translation>Prérequis non confirmé — %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesModel</name>
    <message>
        <source>Active Gainsight CS subscription</source>
        <translation>Abonnement Gainsight CS actif</translation>
    </message>
    <message>
        <source>Staircase AI subscription</source>
        <translation>Abonnement Staircase AI</translation>
    </message>
    <message>
        <source>Admin access to both platforms</source>
        <translation>Accès administrateur aux deux plateformes</translation>
    </message>
    <message>
        <source>Gainsight is the primary CRM</source>
        <translation>Gainsight est le CRM principal</translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation>Vérification impossible.</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix the error above, then Retry.</source>
        <translation>Corrigez l&apos;erreur ci-dessus, puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>Contact your Gainsight representative.</source>
        <translation>Contactez votre interlocuteur Gainsight.</translation>
    </message>
    <message>
        <source>%1 has an active Gainsight CS subscription.</source>
        <translation>%1 a un abonnement Gainsight CS actif.</translation>
    </message>
    <message>
        <source>%1 has no active Gainsight CS subscription.</source>
        <translation>%1 n&apos;a pas d&apos;abonnement Gainsight CS actif.</translation>
    </message>
    <message>
        <source>A Staircase AI subscription is active.</source>
        <translation>Un abonnement Staircase AI est actif.</translation>
    </message>
    <message>
        <source>There is no Staircase AI subscription for this organization.</source>
        <translation>Cette organisation n&apos;a pas d&apos;abonnement Staircase AI.</translation>
    </message>
    <message>
        <source>Contact your Gainsight representative to add Staircase AI.</source>
        <translation>Contactez votre interlocuteur Gainsight pour ajouter Staircase AI.</translation>
    </message>
    <message>
        <source>Gainsight: %1 is an admin. Staircase: cannot be checked without a Staircase subscription.</source>
        <translation>Gainsight&#xa0;: %1 est administrateur. Staircase&#xa0;: vérification impossible sans abonnement Staircase.</translation>
    </message>
    <message>
        <source>Gainsight: %1 is not an admin.</source>
        <translation>Gainsight&#xa0;: %1 n&apos;est pas administrateur.</translation>
    </message>
    <message>
        <source>Resolve the Staircase subscription first.</source>
        <translation>Réglez d&apos;abord la question de l&apos;abonnement Staircase.</translation>
    </message>
    <message>
        <source>Gainsight: %1 is an admin%2. Staircase: the token&apos;s user is a Staircase Admin.</source>
        <translation>Gainsight&#xa0;: %1 est administrateur%2. Staircase&#xa0;: l&apos;utilisateur du jeton est Staircase Admin.</translation>
    </message>
    <message>
        <source> (super admin)</source>
        <translation> (super-administrateur)</translation>
    </message>
    <message>
        <source>Staircase: the token&apos;s user is not a Staircase Admin.</source>
        <translation>Staircase&#xa0;: l&apos;utilisateur du jeton n&apos;est pas Staircase Admin.</translation>
    </message>
    <message>
        <source>Use the access key of a Gainsight admin and the token of a Staircase Admin; a Gainsight super admin can grant both roles.</source>
        <translation>Utilisez la clé d&apos;accès d&apos;un administrateur Gainsight et le jeton d&apos;un Staircase Admin&#xa0;; un super-administrateur Gainsight peut accorder les deux rôles.</translation>
    </message>
    <message>
        <source>Staircase could not be asked: %1</source>
        <translation>Impossible d&apos;interroger Staircase&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry when Staircase is reachable.</source>
        <translation>Réessayez quand Staircase sera joignable.</translation>
    </message>
    <message>
        <source>Gainsight is the primary CRM, so the integration is eligible.</source>
        <translation>Gainsight est le CRM principal&#xa0;: l&apos;intégration est donc possible.</translation>
    </message>
    <message>
        <source>%1 is the primary CRM. Staircase AI must then be integrated directly with it, not through Gainsight CS.</source>
        <translation>%1 est le CRM principal. Staircase AI doit alors y être intégré directement, et non via Gainsight CS.</translation>
    </message>
    <message>
        <source>Another system</source>
        <translation>Un autre système</translation>
    </message>
    <message>
        <source>In Staircase, open Settings &gt; Integrations and connect the Salesforce card instead.</source>
        <translation>Dans Staircase, ouvrez Settings &gt; Integrations et connectez plutôt la carte Salesforce.</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer lacks %1.</source>
        <translation>%1 manque dans la réponse de l&apos;instance.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>this tenant</source>
        <translation>cette instance</translation>
    </message>
    <message>
        <source>Not confirmed yet: Gainsight&apos;s public API cannot tell; confirm it here.</source>
        <translation>Pas encore confirmé&#xa0;: l&apos;API publique de Gainsight ne peut pas le dire&#xa0;; confirmez-le ici.</translation>
    </message>
    <message>
        <source>Confirmed by the admin: the Gainsight CS subscription is active.</source>
        <translation>Confirmé par l&apos;administrateur&#xa0;: l&apos;abonnement Gainsight CS est actif.</translation>
    </message>
    <message>
        <source>The admin says there is no active Gainsight CS subscription.</source>
        <translation>Selon l&apos;administrateur, il n&apos;y a pas d&apos;abonnement Gainsight CS actif.</translation>
    </message>
    <message>
        <source>Where to check: your Gainsight contract, or ask your Gainsight representative.</source>
        <translation>Où vérifier&#xa0;: votre contrat Gainsight, ou demandez à votre interlocuteur Gainsight.</translation>
    </message>
    <message>
        <source>Confirmed by the admin: there is a Staircase AI subscription.</source>
        <translation>Confirmé par l&apos;administrateur&#xa0;: il y a un abonnement Staircase AI.</translation>
    </message>
    <message>
        <source>The admin says there is no Staircase AI subscription.</source>
        <translation>Selon l&apos;administrateur, il n&apos;y a pas d&apos;abonnement Staircase AI.</translation>
    </message>
    <message>
        <source>Where to check: contact your Gainsight representative to add Staircase AI.</source>
        <translation>Où vérifier&#xa0;: contactez votre interlocuteur Gainsight pour ajouter Staircase AI.</translation>
    </message>
    <message>
        <source>Confirmed by the admin: admin in Gainsight CS and Staircase Admin in Staircase AI.</source>
        <translation>Confirmé par l&apos;administrateur&#xa0;: administrateur dans Gainsight CS et Staircase Admin dans Staircase AI.</translation>
    </message>
    <message>
        <source>The admin says they are not an admin on both platforms.</source>
        <translation>Selon l&apos;administrateur, il n&apos;est pas administrateur sur les deux plateformes.</translation>
    </message>
    <message>
        <source>Where to check: Gainsight Administration &gt; Users and Permissions, and Staircase Settings; a Gainsight super admin can grant both roles.</source>
        <translation>Où vérifier&#xa0;: Gainsight Administration &gt; Users and Permissions, et Staircase Settings&#xa0;; un super administrateur Gainsight peut accorder les deux rôles.</translation>
    </message>
    <message>
        <source>Confirmed by the admin: Gainsight is the primary CRM, so the integration is eligible.</source>
        <translation>Confirmé par l&apos;administrateur&#xa0;: Gainsight est le CRM principal, l&apos;intégration est donc possible.</translation>
    </message>
    <message>
        <source>Salesforce is the primary CRM. Staircase AI must then be integrated directly with it, not through Gainsight CS.</source>
        <translation>Salesforce est le CRM principal. Staircase AI doit alors y être intégré directement, et non par Gainsight CS.</translation>
    </message>
    <message>
        <source>If your organization uses Salesforce as the main CRM with Staircase, it must be integrated directly with SFDC instead (Staircase: Settings &gt; Integrations, the Salesforce card).</source>
        <translation>Si votre organisation utilise Salesforce comme CRM principal avec Staircase, l&apos;intégration doit se faire directement avec SFDC (Staircase&#xa0;: Settings &gt; Integrations, la carte Salesforce).</translation>
    </message>
</context>
<context>
    <name>banister::PrerequisitesPage</name>
    <message>
        <source>Re-&amp;check</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>The integration needs four things in place. Banister checks each one on the live tenant.</source>
        <translation>L&apos;intégration nécessite quatre prérequis. Banister vérifie chacun d&apos;eux sur l&apos;instance en service.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&lt;b&gt;This tenant uses Salesforce as its primary CRM.&lt;/b&gt; The Gainsight CS ↔ Staircase AI integration is for tenants whose primary CRM is Gainsight. Integrate Staircase AI directly with Salesforce instead: in Staircase, open &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, choose the &lt;i&gt;Salesforce&lt;/i&gt; card and sign in with a Salesforce admin. Nothing has been changed on this tenant; click &lt;i&gt;Next&lt;/i&gt; to export a report that records why.</source>
        <translation>&lt;b&gt;Cette instance utilise Salesforce comme CRM principal.&lt;/b&gt; L&apos;intégration Gainsight CS ↔ Staircase AI s&apos;adresse aux instances dont le CRM principal est Gainsight. Intégrez plutôt Staircase AI directement à Salesforce&#xa0;: dans Staircase, ouvrez &lt;i&gt;Settings &amp;gt; Integrations&lt;/i&gt;, choisissez la carte &lt;i&gt;Salesforce&lt;/i&gt; et connectez-vous avec un administrateur Salesforce. Rien n&apos;a été modifié sur cette instance&#xa0;; cliquez sur &lt;i&gt;Suivant&lt;/i&gt; pour exporter un rapport qui en consigne la raison.</translation>
    </message>
</context>
<context>
    <name>banister::PrincipalPicker</name>
    <message>
        <source>Specific people</source>
        <translation>Personnes précises</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>Ajouter un &amp;rôle</translation>
    </message>
    <message>
        <source>Add su&amp;ggested</source>
        <translation>Ajouter les su&amp;ggestions</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>Ajouter un &amp;utilisateur</translation>
    </message>
    <message>
        <source>Find a user by name or email</source>
        <translation>Rechercher (nom, e-mail)</translation>
    </message>
    <message>
        <source>Role or group to add</source>
        <translation>Rôle ou groupe à ajouter</translation>
    </message>
    <message>
        <source>Has access:</source>
        <translation>Ont accès&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested roles:</source>
        <translation>Rôles suggérés&#xa0;:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Every role the article suggests already has access.</source>
        <translation>Chaque rôle suggéré par l’article a déjà accès.</translation>
    </message>
</context>
<context>
    <name>banister::ReviewPage</name>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>&amp;Stop after this step</source>
        <translation>Arrêter après cette &amp;étape</translation>
    </message>
    <message>
        <source>Compare a&amp;gain</source>
        <translation>&amp;Comparer de nouveau</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Examen et application</translation>
    </message>
    <message>
        <source>What Banister will change on the tenant, compared with what is there now. Nothing changes until you click Apply.</source>
        <translation>Ce que Banister va modifier sur l&apos;instance, par rapport à l&apos;état actuel. Rien ne change tant que vous n&apos;avez pas cliqué sur Appliquer.</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v sur %m étapes</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>À faire manuellement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were applied. Click Next to verify them on the tenant.</source>
        <translation>
            <numerusform>La modification a été appliquée. Cliquez sur Suivant pour la vérifier sur l&apos;instance.</numerusform>
            <numerusform>Les %n modifications ont été appliquées. Cliquez sur Suivant pour les vérifier sur l&apos;instance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply stopped: %1 Fix the cause, then click Compare again: Banister continues with what is still missing.</source>
        <translation>Application interrompue&#xa0;: %1 Corrigez la cause, puis cliquez sur Comparer de nouveau&#xa0;: Banister reprend avec ce qui manque encore.</translation>
    </message>
    <message>
        <source>Apply stopped after the step that was running. Click Compare again and Apply to continue.</source>
        <translation>Application interrompue après l&apos;étape en cours. Cliquez sur Comparer de nouveau puis sur Appliquer pour continuer.</translation>
    </message>
    <message>
        <source>Applying… you can stop after the current step.</source>
        <translation>Application en cours… vous pouvez arrêter après l&apos;étape actuelle.</translation>
    </message>
    <message numerus="yes">
        <source>The apply was undone (%n change(s)).</source>
        <translation>
            <numerusform>L&apos;application a été annulée (%n modification).</numerusform>
            <numerusform>L&apos;application a été annulée (%n modifications).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n change(s) on %1 (%2)?</source>
        <translation>
            <numerusform>Annuler %n modification sur %1 (%2)&#xa0;?</numerusform>
            <numerusform>Annuler %n modifications sur %1 (%2)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) on %1 (%2)? %3</source>
        <translation>
            <numerusform>Appliquer %n modification sur %1 (%2)&#xa0;? %3</numerusform>
            <numerusform>Appliquer %n modifications sur %1 (%2)&#xa0;? %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>Appliquer le plan</translation>
    </message>
    <message>
        <source>the admin</source>
        <translation>l&apos;administrateur</translation>
    </message>
    <message>
        <source>The confirmation could not be recorded: %1</source>
        <translation>La confirmation n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The automated changes were applied. Do the %n step(s) by hand listed above, tick Done for each, then click Next to verify.</source>
        <translation>
            <numerusform>Les modifications automatisées ont été appliquées. Faites à la main l&apos;étape listée ci-dessus, cochez Fait, puis cliquez sur Suivant pour vérifier.</numerusform>
            <numerusform>Les modifications automatisées ont été appliquées. Faites à la main les %n étapes listées ci-dessus, cochez Fait pour chacune, puis cliquez sur Suivant pour vérifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banister::SetupWizard</name>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;Ouvrir un profil…</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile…</source>
        <translation>Enreg&amp;istrer le profil…</translation>
    </message>
    <message>
        <source>Load every setting from a profile file (Ctrl+O)</source>
        <translation>Charger tous les paramètres depuis un fichier de profil (Ctrl+O)</translation>
    </message>
    <message>
        <source>Save every setting to a profile file, without secrets (Ctrl+S)</source>
        <translation>Enregistrer tous les paramètres dans un fichier de profil, sans secrets (Ctrl+S)</translation>
    </message>
    <message>
        <source>Banister — Staircase AI integration setup</source>
        <translation>Banister — configuration de l&apos;intégration Staircase AI</translation>
    </message>
    <message>
        <source>%1 — Banister</source>
        <translation>%1 — Banister</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
    <message>
        <source>Banister profiles (*.json);;All files (*)</source>
        <translation>Profils Banister (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Profil non ouvert</translation>
    </message>
    <message>
        <source>%1 cannot be used, so nothing was changed:</source>
        <translation>%1 est inutilisable, rien n&apos;a donc été modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Banister profiles (*.json)</source>
        <translation>Profils Banister (*.json)</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <source>The profile could not be saved; the file on disk is unchanged.</source>
        <translation>Le profil n&apos;a pas pu être enregistré&#xa0;; le fichier sur le disque est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>Every page now starts from this tenant&apos;s settings: %n layout(s) with the Staircase AI section, %1 user(s) with a Staircase role. Save them as a profile to set up another tenant the same way.</source>
        <translation>
            <numerusform>Chaque page part désormais des paramètres de cette instance&#xa0;: %n mise en page avec la section Staircase AI, %1 utilisateur(s) avec un rôle Staircase. Enregistrez-les comme profil pour configurer une autre instance de la même façon.</numerusform>
            <numerusform>Chaque page part désormais des paramètres de cette instance&#xa0;: %n mises en page avec la section Staircase AI, %1 utilisateur(s) avec un rôle Staircase. Enregistrez-les comme profil pour configurer une autre instance de la même façon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The settings have changed since the profile was last saved. Save them as a profile before closing?</source>
        <translation>Les paramètres ont changé depuis le dernier enregistrement du profil. Les enregistrer comme profil avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Profils récents</translation>
    </message>
    <message>
        <source>Open a profile opened or saved lately</source>
        <translation>Ouvrir un profil ouvert ou enregistré récemment</translation>
    </message>
    <message>
        <source>Opened %1: every page now shows its settings.</source>
        <translation>%1 ouvert : chaque page affiche maintenant ses réglages.</translation>
    </message>
    <message>
        <source>Saved to %1 at %2.</source>
        <translation>Enregistré dans %1 à %2.</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Clear this list</source>
        <translation>&amp;Vider cette liste</translation>
    </message>
</context>
<context>
    <name>banister::TenantClient</name>
    <message>
        <source>No Gainsight URL is set; connect first.</source>
        <translation>Aucune URL Gainsight n&apos;est définie&#xa0;; connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>No Staircase URL is set; connect first.</source>
        <translation>Aucune URL Staircase n&apos;est définie&#xa0;; connectez-vous d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>banister::UndoPlanner</name>
    <message>
        <source>no mappings</source>
        <translation>aucun mappage</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply (now: %2); --force overwrites it.</source>
        <translation>%1&#xa0;: modifié sur l&apos;instance depuis l&apos;application (actuellement&#xa0;: %2)&#xa0;; --force l&apos;écrase.</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply (now: %2). The undo would overwrite that; review it, or undo with --force.</source>
        <translation>%1&#xa0;: modifié sur l&apos;instance depuis l&apos;application (actuellement&#xa0;: %2). L&apos;annulation écraserait cette modification&#xa0;; vérifiez-la, ou annulez avec --force.</translation>
    </message>
    <message>
        <source>Not undone: %1 — a filed support request cannot be withdrawn through the API; ask Gainsight Support to close it.</source>
        <translation>Non annulé&#xa0;: %1 — une demande au support déposée ne peut pas être retirée via l&apos;API&#xa0;; demandez au support Gainsight de la clore.</translation>
    </message>
    <message>
        <source>Not undone: %1 — Staircase stays connected (and super admins keep Staircase Admin); disconnect it in Staircase under Settings &gt; Integrations &gt; Gainsight if needed.</source>
        <translation>Non annulé&#xa0;: %1 — Staircase reste connecté (et les super-administrateurs conservent Staircase Admin)&#xa0;; si nécessaire, déconnectez-le dans Staircase sous Settings &gt; Integrations &gt; Gainsight.</translation>
    </message>
    <message>
        <source>Not undone: %1 — the user already signed out of SSO and signs in with their email; the old username is not restored.</source>
        <translation>Non annulé&#xa0;: %1 — l&apos;utilisateur a déjà été déconnecté du SSO et se connecte avec son e-mail&#xa0;; l&apos;ancien nom d&apos;utilisateur n&apos;est pas rétabli.</translation>
    </message>
    <message>
        <source>Put the CRM sync settings back</source>
        <translation>Rétablir les paramètres de synchronisation CRM</translation>
    </message>
    <message>
        <source>Put the field mappings back</source>
        <translation>Rétablir les mappages de champs</translation>
    </message>
    <message>
        <source>%1: the layout no longer exists on this tenant, so it cannot be put back.</source>
        <translation>%1&#xa0;: la mise en page n&apos;existe plus sur cette instance, elle ne peut donc pas être rétablie.</translation>
    </message>
    <message>
        <source>Take the Staircase AI section out of %1 again</source>
        <translation>Retirer de nouveau la section Staircase AI de %1</translation>
    </message>
    <message>
        <source>Put the Executive dashboard permissions back</source>
        <translation>Rétablir les autorisations du tableau de bord Executive</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation>%1 contient désormais %2</translation>
    </message>
    <message>
        <source>%1 is inactive now, so their role cannot be put back until they are activated.</source>
        <translation>%1 est désormais inactif&#xa0;: son rôle ne pourra être rétabli qu&apos;après sa réactivation.</translation>
    </message>
    <message>
        <source>%1: changed on the tenant since the apply: %2. The undo would overwrite that; review it, or undo with --force.</source>
        <translation>%1&#xa0;: modifié sur l&apos;instance depuis l&apos;application&#xa0;: %2. L&apos;annulation écraserait cette modification&#xa0;; vérifiez-la, ou annulez avec --force.</translation>
    </message>
    <message numerus="yes">
        <source>Put the roles of %n user(s) back</source>
        <translation>
            <numerusform>Rétablir les rôles de %n utilisateur</numerusform>
            <numerusform>Rétablir les rôles de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant&apos;s current state could not be read: %1</source>
        <translation>Impossible de lire l&apos;état actuel de l&apos;instance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessArea</name>
    <message>
        <source>Staircase is not connected to Gainsight: users get Staircase access (with its permissions and single sign-on) only once it is. Connect it on the Activation page, or add activation to the profile.</source>
        <translation>Staircase n&apos;est pas connecté à Gainsight&#xa0;: les utilisateurs n&apos;obtiennent l&apos;accès à Staircase (avec ses autorisations et l&apos;authentification unique) qu&apos;une fois la connexion établie. Connectez-le sur la page Activation, ou ajoutez l&apos;activation au profil.</translation>
    </message>
    <message>
        <source>Staircase access waits for the connection</source>
        <translation>L&apos;accès à Staircase attend la connexion</translation>
    </message>
    <message>
        <source>User access: the users could not be read: %1</source>
        <translation>Accès des utilisateurs&#xa0;: impossible de lire les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: User %2 was not found on this tenant</source>
        <translation>/userAccess/assignments/%1&#xa0;: l&apos;utilisateur %2 est introuvable sur cette instance</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: %2 is assigned twice</source>
        <translation>/userAccess/assignments/%1&#xa0;: %2 est attribué deux fois</translation>
    </message>
    <message>
        <source>/userAccess/assignments/%1: %2 is a Gainsight super admin and keeps Staircase Admin; assign Admin or leave them out of the profile.</source>
        <translation>/userAccess/assignments/%1&#xa0;: %2 est super-administrateur Gainsight et conserve Staircase Admin&#xa0;; attribuez Admin ou retirez cette personne du profil.</translation>
    </message>
    <message>
        <source>Finish making %1&apos;s username their email (an earlier apply stopped half-way)</source>
        <translation>Terminer le remplacement du nom d&apos;utilisateur de %1 par son e-mail (une application précédente s&apos;est arrêtée en cours de route)</translation>
    </message>
    <message>
        <source>Make %1&apos;s username their email</source>
        <translation>Remplacer le nom d&apos;utilisateur de %1 par son e-mail</translation>
    </message>
    <message>
        <source>username %1, inactive</source>
        <translation>nom d&apos;utilisateur %1, inactif</translation>
    </message>
    <message>
        <source>username %1</source>
        <translation>nom d&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>username %1, active</source>
        <translation>nom d&apos;utilisateur %1, actif</translation>
    </message>
    <message>
        <source>Deactivating signs %1 out of platform SSO; they sign in again with their email.</source>
        <translation>La désactivation déconnecte %1 du SSO de la plateforme&#xa0;; la reconnexion se fait ensuite avec l&apos;e-mail.</translation>
    </message>
    <message>
        <source>no Staircase role</source>
        <translation>aucun rôle Staircase</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set the Staircase role of %n user(s)</source>
        <translation>
            <numerusform>Définir le rôle Staircase de %n utilisateur</numerusform>
            <numerusform>Définir le rôle Staircase de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles set for %n user(s).</source>
        <translation>
            <numerusform>Rôles définis pour %n utilisateur.</numerusform>
            <numerusform>Rôles définis pour %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles were already set.</source>
        <translation>Les rôles étaient déjà définis.</translation>
    </message>
    <message>
        <source>Username is now %1; the user is active again.</source>
        <translation>Le nom d&apos;utilisateur est désormais %1&#xa0;; l&apos;utilisateur est de nouveau actif.</translation>
    </message>
    <message>
        <source>Users readable</source>
        <translation>Utilisateurs lisibles</translation>
    </message>
    <message>
        <source>%1 of %2 assigned user(s) have access</source>
        <translation>%1 utilisateur(s) attribué(s) sur %2 ont accès</translation>
    </message>
    <message numerus="yes">
        <source>; %n need attention: %1</source>
        <translation>
            <numerusform>&#xa0;; %n requiert votre attention&#xa0;: %1</numerusform>
            <numerusform>&#xa0;; %n requièrent votre attention&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; without access although nothing is in the way: %1</source>
        <translation>&#xa0;; sans accès bien que rien ne s&apos;y oppose&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assigned users have Staircase access</source>
        <translation>Les utilisateurs attribués ont accès à Staircase</translation>
    </message>
    <message>
        <source>Still to do in Gainsight User Management.</source>
        <translation>Reste à faire dans Gainsight User Management.</translation>
    </message>
    <message>
        <source>Effective permissions hold the Staircase bundle items</source>
        <translation>Les autorisations effectives contiennent les éléments du bundle Staircase</translation>
    </message>
    <message>
        <source>The tenant lists no Staircase permission bundles.</source>
        <translation>L&apos;instance ne liste aucun bundle d&apos;autorisations Staircase.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n user(s): %1.</source>
        <translation>
            <numerusform>%n utilisateur vérifié&#xa0;: %1.</numerusform>
            <numerusform>%n utilisateurs vérifiés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing items for: %1</source>
        <translation>Éléments manquants pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Single sign-on into Staircase works</source>
        <translation>L&apos;authentification unique (SSO) vers Staircase fonctionne</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur vérifié.</numerusform>
            <numerusform>%n utilisateurs vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell users whose username was changed to sign in again with their email address.</source>
        <translation>Prévenez les utilisateurs dont le nom d&apos;utilisateur a changé qu&apos;ils doivent se reconnecter avec leur adresse e-mail.</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>Accès des utilisateurs</translation>
    </message>
    <message>
        <source>%1 is inactive: no Staircase access until the user is activated in User Management.</source>
        <translation>%1 est inactif&#xa0;: pas d&apos;accès à Staircase tant que l&apos;utilisateur n&apos;est pas activé dans User Management.</translation>
    </message>
    <message>
        <source>%1 has no valid email, so Staircase access cannot work; correct the email in User Management.</source>
        <translation>%1 n&apos;a pas d&apos;e-mail valide, l&apos;accès à Staircase ne peut donc pas fonctionner&#xa0;; corrigez l&apos;e-mail dans User Management.</translation>
    </message>
    <message>
        <source>%1 has a Viewer license: the Staircase bundles cover Full and Viewer Plus licenses only; change the license in User Management.</source>
        <translation>%1 a une licence Viewer&#xa0;: les bundles Staircase ne couvrent que les licences Full et Viewer Plus&#xa0;; changez la licence dans User Management.</translation>
    </message>
    <message>
        <source>%1: the username (%2) differs from the email, so Staircase access will not work until they match.</source>
        <translation>%1&#xa0;: le nom d&apos;utilisateur (%2) diffère de l&apos;e-mail, l&apos;accès à Staircase ne fonctionnera donc pas tant qu&apos;ils ne correspondent pas.</translation>
    </message>
    <message>
        <source>%1 is a super admin, who cannot be deactivated, so the username fix cannot run; change the username (%2) to the email in User Management.</source>
        <translation>%1 est super-administrateur et ne peut pas être désactivé, la correction du nom d&apos;utilisateur ne peut donc pas s&apos;exécuter&#xa0;; remplacez le nom d&apos;utilisateur (%2) par l&apos;e-mail dans User Management.</translation>
    </message>
    <message>
        <source>%1: another user already has the username %2, so the username fix cannot run; resolve it in User Management.</source>
        <translation>%1&#xa0;: un autre utilisateur a déjà le nom d&apos;utilisateur %2, la correction du nom d&apos;utilisateur ne peut donc pas s&apos;exécuter&#xa0;; réglez ce point dans User Management.</translation>
    </message>
    <message>
        <source>Assigned users hold their Staircase role</source>
        <translation>Les utilisateurs attribués ont leur rôle Staircase</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read back with the role the profile gives them.</source>
        <translation>
            <numerusform>%n utilisateur relu avec le rôle que lui donne le profil.</numerusform>
            <numerusform>%n utilisateurs relus avec le rôle que leur donne le profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the profile&apos;s role: %1</source>
        <translation>Pas le rôle du profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessModel</name>
    <message>
        <source>username ≠ email: Staircase cannot link the user</source>
        <translation>nom d&apos;utilisateur ≠ e-mail&#xa0;: Staircase ne peut pas associer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>invalid email: Staircase access cannot work</source>
        <translation>e-mail non valide&#xa0;: l&apos;accès à Staircase ne peut pas fonctionner</translation>
    </message>
    <message>
        <source>inactive: no access, roles cannot change</source>
        <translation>inactif&#xa0;: pas d&apos;accès, rôles non modifiables</translation>
    </message>
    <message>
        <source>Viewer license: no Staircase bundle</source>
        <translation>licence Viewer&#xa0;: aucun bundle Staircase</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
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
        <translation>aucun (licence Viewer)</translation>
    </message>
    <message>
        <source>The dynamic rule gives users with a Staircase role the bundle of their license.</source>
        <translation>La règle dynamique donne aux utilisateurs ayant un rôle Staircase le bundle correspondant à leur licence.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>banister::UserAccessPage</name>
    <message>
        <source>Set for &amp;selection</source>
        <translation>Appliquer à la sé&amp;lection</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Sélectionner &amp;tout l&apos;affiché</translation>
    </message>
    <message>
        <source>Managers → Staircase &amp;Manager</source>
        <translation>Managers → Staircase &amp;Manager</translation>
    </message>
    <message>
        <source>&amp;Fix usernames that differ from the email (deactivate → update → reactivate)</source>
        <translation>&amp;Corriger les noms d&apos;utilisateur différents de l&apos;e-mail (désactiver → modifier → réactiver)</translation>
    </message>
    <message>
        <source>User access</source>
        <translation>Accès des utilisateurs</translation>
    </message>
    <message>
        <source>Staircase access follows the GS role: Staircase User (CSMs, their accounts), Manager (team leads, team stats) or Admin (settings). The username must equal a valid email, and the user must be active.</source>
        <translation>L&apos;accès à Staircase suit le rôle GS&#xa0;: Staircase User (CSM, leurs comptes), Manager (chefs d&apos;équipe, statistiques d&apos;équipe) ou Admin (paramètres). Le nom d&apos;utilisateur doit être un e-mail valide, et l&apos;utilisateur doit être actif.</translation>
    </message>
    <message>
        <source>Bundles: a dynamic rule gives every user with a Staircase role the &lt;i&gt;Default Staircase Full Permissions&lt;/i&gt; (Full license) or &lt;i&gt;Default Staircase Viewer Plus Permissions&lt;/i&gt; (Viewer Plus) bundle: Insights › Staircase Communication, Insights › Staircase AI Reports, Settings › Staircase AI Setting. Removing the role or inactivating the user revokes access.</source>
        <translation>Bundles&#xa0;: une règle dynamique donne à chaque utilisateur ayant un rôle Staircase le bundle &lt;i&gt;Default Staircase Full Permissions&lt;/i&gt; (licence Full) ou &lt;i&gt;Default Staircase Viewer Plus Permissions&lt;/i&gt; (Viewer Plus)&#xa0;: Insights › Staircase Communication, Insights › Staircase AI Reports, Settings › Staircase AI Setting. Retirer le rôle ou désactiver l&apos;utilisateur révoque l&apos;accès.</translation>
    </message>
    <message>
        <source>Loading users: %v of %m</source>
        <translation>Chargement des utilisateurs&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>%1 users · %2 role change(s) in %3 call(s) of at most 50 users; on a real tenant (100 User Management requests an hour) that takes %4.</source>
        <translation>%1 utilisateurs · %2 changement(s) de rôle en %3 appel(s) de 50 utilisateurs au plus&#xa0;; sur une instance réelle (100 requêtes User Management par heure), cela prend %4.</translation>
    </message>
    <message>
        <source>You can close Banister meanwhile: applying again continues where it stopped.</source>
        <translation>Vous pouvez fermer Banister entre-temps&#xa0;: une nouvelle application reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Gainsight super admins keep Staircase Admin, so their role was not changed: %1.</source>
        <translation>Les super-administrateurs Gainsight conservent Staircase Admin, leur rôle n&apos;a donc pas été modifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The username fix deactivates each user for a moment: it signs them out of platform SSO, and they sign in again with their email.</source>
        <translation>La correction du nom d&apos;utilisateur désactive brièvement chaque utilisateur&#xa0;: il est déconnecté du SSO de la plateforme et se reconnecte ensuite avec son e-mail.</translation>
    </message>
    <message>
        <source>Staircase role to set for the selection</source>
        <translation>Rôle Staircase à attribuer à la sélection</translation>
    </message>
</context>
<context>
    <name>banister::UserFilterBar</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>Problèmes &amp;uniquement</translation>
    </message>
    <message>
        <source>Search name, email or username</source>
        <translation>Rechercher (nom, e-mail, identifiant)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>License filter</source>
        <translation>Filtre de licence</translation>
    </message>
    <message>
        <source>Any license</source>
        <translation>Toute licence</translation>
    </message>
    <message>
        <source>Staircase role filter</source>
        <translation>Filtre de rôle Staircase</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <source>No Staircase role</source>
        <translation>Aucun rôle Staircase</translation>
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
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Arrow keys select a user, Shift or Ctrl with them select several; Tab moves on to the role for the selection.</source>
        <translation>Les flèches sélectionnent un utilisateur, avec Maj ou Ctrl plusieurs&#xa0;; Tab passe au rôle pour la sélection.</translation>
    </message>
</context>
<context>
    <name>banister::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Banister reads the configuration back from the tenant and checks it against what you chose.</source>
        <translation>Banister relit la configuration sur l&apos;instance et la compare à vos choix.</translation>
    </message>
    <message>
        <source>Reading the configuration back from the tenant…</source>
        <translation>Relecture de la configuration sur l&apos;instance…</translation>
    </message>
    <message numerus="yes">
        <source>Every check passed; %n warning(s) name what is still to do in Gainsight.</source>
        <translation>
            <numerusform>Tous les contrôles ont réussi&#xa0;; %n avertissement indique ce qui reste à faire dans Gainsight.</numerusform>
            <numerusform>Tous les contrôles ont réussi&#xa0;; %n avertissements indiquent ce qui reste à faire dans Gainsight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>Le contrôle a réussi.</numerusform>
            <numerusform>Les %n contrôles ont réussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checks failed. Go back to Review to apply what is missing, or see the detail of each check.</source>
        <translation>%1 contrôles sur %2 ont échoué. Revenez à l&apos;examen pour appliquer ce qui manque, ou consultez le détail de chaque contrôle.</translation>
    </message>
    <message>
        <source>Verify a&amp;gain</source>
        <translation>Vérifier de &amp;nouveau</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message numerus="yes">
        <source>Everything Banister can read passed; %n step(s) done by hand are not yet confirmed. Do them as the Review page describes and tick Done for each.</source>
        <translation>
            <numerusform>Tout ce que Banister peut lire est conforme ; %n étape manuelle n’est pas encore confirmée. Effectuez-la comme l’indique la page de revue et cochez « Fait ».</numerusform>
            <numerusform>Tout ce que Banister peut lire est conforme ; %n étapes manuelles ne sont pas encore confirmées. Effectuez-les comme l’indique la page de revue et cochez « Fait » pour chacune.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>banister::sandbox::EmbeddedSandbox</name>
    <message>
        <source>The sandbox tenant could not listen on 127.0.0.1.</source>
        <translation>L&apos;instance bac à sable n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
</context>
</TS>
