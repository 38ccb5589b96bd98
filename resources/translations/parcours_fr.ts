<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommentsJson</name>
    <message>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>expected an id (a whole number from 1 to 2^53 - 1)</source>
        <translation>un identifiant est attendu (un nombre entier de 1 à 2^53 - 1)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>du texte est attendu</translation>
    </message>
    <message>
        <source>expected cell, stage, step, use_case, persona or opportunity</source>
        <translation>cell, stage, step, use_case, persona ou opportunity est attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>another thread has the id %1</source>
        <translation>un autre fil a l’identifiant %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <source>expected a list of at least one comment</source>
        <translation>une liste d’au moins un commentaire est attendue</translation>
    </message>
    <message>
        <source>another comment has the id %1</source>
        <translation>un autre commentaire a l’identifiant %1</translation>
    </message>
    <message>
        <source>expected a date and time such as 2026-12-07T09:30:00Z</source>
        <translation>une date et une heure sont attendues, par exemple 2026-12-07T09:30:00Z</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>no stages</source>
        <translation>aucune étape</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no customer counts</source>
        <translation>aucun nombre de clients</translation>
    </message>
    <message>
        <source>%1 → %2: %3 lost (%4 %)</source>
        <translation>%1 → %2&#xa0;: %3 perdus (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 % — %2</source>
        <translation>%1&#xa0;% — %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>works well</source>
        <translation>fonctionne bien</translation>
    </message>
    <message>
        <source>useless</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>not working well</source>
        <translation>fonctionne mal</translation>
    </message>
    <message>
        <source>to reinforce</source>
        <translation>à renforcer</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>à ajouter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no emotion scores</source>
        <translation>aucune émotion notée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EventsImport</name>
    <message>
        <source>Analytics events (*.csv *.json *.jsonl *.gz)</source>
        <translation>Événements analytiques (*.csv *.json *.jsonl *.gz)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>This workspace is read-only: nothing can be imported.</source>
        <translation>Cet espace de travail est en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>Reading the events of %1…</source>
        <translation>Lecture des événements de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was imported</source>
        <translation>Import de %1 annulé&#xa0;: rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad lines</source>
        <translation>
            <numerusform>… et %n autre ligne invalide</numerusform>
            <numerusform>… et %n autres lignes invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Fix these problems first:</source>
        <translation>Rien n’a été importé de %1. Corrigez d’abord ces problèmes&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Event no use case names: %1 (%n events)</source>
        <translation>
            <numerusform>Événement qu’aucun cas d’usage ne nomme&#xa0;: %1 (%n événement)</numerusform>
            <numerusform>Événement qu’aucun cas d’usage ne nomme&#xa0;: %1 (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>User without a persona: %1</source>
        <translation>Utilisateur sans persona&#xa0;: %1</translation>
    </message>
    <message>
        <source>Persona name not in the workspace: %1</source>
        <translation>Nom de persona absent de l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re-imported %1, replacing its earlier import: %2 events, %3 of them mapped to use cases; %4 users without a persona.</source>
        <translation>%1 réimporté, en remplacement de son import précédent&#xa0;: %2 événements, dont %3 associés à des cas d’usage&#xa0;; utilisateurs sans persona&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Imported %1: %2 events, %3 of them mapped to use cases; %4 users without a persona.</source>
        <translation>%1 importé&#xa0;: %2 événements, dont %3 associés à des cas d’usage&#xa0;; utilisateurs sans persona&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Re-imported %1</source>
        <translation>%1 réimporté</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>You may view this shared workspace but not change it (%1): an editor imports events into it.</source>
        <translation>Vous pouvez consulter cet espace de travail partagé mais pas le modifier (%1)&#xa0;: c’est un éditeur qui y importe des événements.</translation>
    </message>
    <message>
        <source>Sending the events of %1 to the server…</source>
        <translation>Envoi des événements de %1 au serveur…</translation>
    </message>
    <message>
        <source>The server did not import %1: %2</source>
        <translation>Le serveur n’a pas importé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no events to import.</source>
        <translation>%1 ne contient aucun événement à importer.</translation>
    </message>
    <message>
        <source>Re-imported %1 into the shared workspace</source>
        <translation>%1 réimporté dans l’espace de travail partagé</translation>
    </message>
    <message>
        <source>Imported %1 into the shared workspace</source>
        <translation>%1 importé dans l’espace de travail partagé</translation>
    </message>
</context>
<context>
    <name>ForgottenZoneReport</name>
    <message>
        <source>in the forgotten zone</source>
        <translation>dans la zone oubliée</translation>
    </message>
    <message>
        <source>not in the forgotten zone</source>
        <translation>hors de la zone oubliée</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Today: %1 of %2 personas in the forgotten zone; the workspace is %3.</source>
        <translation>Aujourd’hui&#xa0;: %1 sur %2 personas dans la zone oubliée&#xa0;; l’espace de travail est %3.</translation>
    </message>
    <message>
        <source>no current use case with a frequency</source>
        <translation>aucun cas d’utilisation actuel avec une fréquence</translation>
    </message>
    <message>
        <source>(with planned use cases: %1)</source>
        <translation>(avec les cas d’utilisation prévus&#xa0;: %1)</translation>
    </message>
    <message>
        <source>share below monthly: %1 % today (%2); %3 % with planned use cases (%4)</source>
        <translation>part sous le mensuel&#xa0;: %1&#xa0;% aujourd’hui (%2)&#xa0;; %3&#xa0;% avec les cas d’utilisation prévus (%4)</translation>
    </message>
    <message>
        <source>%1 — %2: %3 uses a month (%4)%5</source>
        <translation>%1 — %2&#xa0;: %3 usages par mois (%4)%5</translation>
    </message>
    <message>
        <source>(unnamed use case)</source>
        <translation>(cas d’utilisation sans nom)</translation>
    </message>
    <message>
        <source>, planned</source>
        <translation>, prévu</translation>
    </message>
    <message>
        <source>Retention (CRR target %1–%2 %):</source>
        <translation>Rétention (CRR cible %1–%2&#xa0;%)&#xa0;:</translation>
    </message>
    <message>
        <source>impossible period: %1</source>
        <translation>période impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>CRR %1</source>
        <translation>CRR %1</translation>
    </message>
    <message>
        <source>%1 churned</source>
        <translation>%1 perdus</translation>
    </message>
    <message>
        <source>stickiness %1</source>
        <translation>stickiness %1</translation>
    </message>
    <message>
        <source>With planned use cases: %1 of %2 personas; the workspace would be in the forgotten zone.</source>
        <translation>Avec les cas d’utilisation prévus&#xa0;: %1 sur %2 personas&#xa0;; l’espace de travail serait dans la zone oubliée.</translation>
    </message>
    <message>
        <source>With planned use cases: %1 of %2 personas; the workspace would be out of the forgotten zone.</source>
        <translation>Avec les cas d’utilisation prévus&#xa0;: %1 sur %2 personas&#xa0;; l’espace de travail serait hors de la zone oubliée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Top %1 of %2 opportunities, ranked by score:</source>
        <translation>Les %1 meilleures des %2 opportunités, classées par score&#xa0;:</translation>
    </message>
    <message>
        <source>Opportunities, ranked by score:</source>
        <translation>Opportunités, classées par score&#xa0;:</translation>
    </message>
    <message>
        <source>%1. %2 — score %3, %4</source>
        <translation>%1. %2 — score %3, %4</translation>
    </message>
    <message>
        <source>(untitled opportunity)</source>
        <translation>(opportunité sans titre)</translation>
    </message>
    <message>
        <source>observed (active users: %1): %2</source>
        <translation>observé (utilisateurs actifs&#xa0;: %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>no use case observed</source>
        <translation>aucun cas d’utilisation observé</translation>
    </message>
    <message>
        <source>%1 (%2 % below monthly)</source>
        <translation>%1 (%2&#xa0;% sous le mensuel)</translation>
    </message>
    <message>
        <source>%1: %2 uses a month observed (median; quartiles %3–%4), %5 of %6 users, %7 % below monthly%8</source>
        <translation>%1&#xa0;: %2 usages par mois observés (médiane&#xa0;; quartiles %3–%4), %5 utilisateurs sur %6, %7&#xa0;% sous le mensuel%8</translation>
    </message>
</context>
<context>
    <name>FrequencySpectrum</name>
    <message>
        <source>(unnamed use case)</source>
        <translation>(cas d’utilisation sans nom)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (prévu)</translation>
    </message>
    <message>
        <source>every 20 years</source>
        <translation>tous les 20 ans</translation>
    </message>
    <message>
        <source>every few years</source>
        <translation>tous les quelques ans</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuel</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>several a day</source>
        <translation>plusieurs fois par jour</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>%1; below monthly</source>
        <translation>%1&#xa0;; sous le mensuel</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>[planned]</source>
        <translation>[prévu]</translation>
    </message>
    <message>
        <source>%1 use cases</source>
        <translation>%1 cas d’utilisation</translation>
    </message>
    <message>
        <source>Observed (median, bar: 25–75 %)</source>
        <translation>Observé (médiane, barre : 25–75 %)</translation>
    </message>
    <message>
        <source>observed, middle half of users %1 to %2 a month</source>
        <translation>observé, moitié centrale des utilisateurs de %1 à %2 par mois</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (observé)</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>This workspace is read-only: nothing can be imported.</source>
        <translation>Cet espace de travail est en lecture seule&#xa0;: rien ne peut être importé.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossible d’importer</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 ne peut pas être lu&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Fix these problems first:</source>
        <translation>Rien n’a été importé depuis %1. Corrigez d’abord ces problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>%1 was imported. Check these warnings:</source>
        <translation>%1 a été importé. Vérifiez ces avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>%1 holds nothing to import</source>
        <translation>%1 ne contient rien à importer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The workspace has no journey to export.</source>
        <translation>L’espace de travail ne contient aucun parcours à exporter.</translation>
    </message>
    <message>
        <source>%1 holds one journey: select it in the sidebar, then export again.</source>
        <translation>%1 contient un seul parcours&#xa0;: sélectionnez-le dans le panneau latéral, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 ne peut pas être écrit&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was imported</source>
        <translation>Import de %1 annulé&#xa0;: rien n’a été importé</translation>
    </message>
    <message>
        <source>Adding %1 to the workspace…</source>
        <translation>Ajout de %1 à l’espace de travail…</translation>
    </message>
</context>
<context>
    <name>JourneyCsvFormat</name>
    <message>
        <source>duration &quot;%1&quot; does not start with a number; write it as &quot;7 days&quot;</source>
        <translation>la durée «&#xa0;%1&#xa0;» ne commence pas par un nombre&#xa0;; écrivez-la sous la forme «&#xa0;7 days&#xa0;»</translation>
    </message>
    <message>
        <source>duration &quot;%1&quot; is negative</source>
        <translation>la durée «&#xa0;%1&#xa0;» est négative</translation>
    </message>
    <message>
        <source>duration unit &quot;%1&quot; is unknown; use hours, days, weeks or months</source>
        <translation>l’unité de durée «&#xa0;%1&#xa0;» est inconnue&#xa0;; utilisez hours, days, weeks ou months</translation>
    </message>
    <message>
        <source>Journeys (CSV)</source>
        <translation>Parcours (CSV)</translation>
    </message>
    <message>
        <source>the journey name is empty</source>
        <translation>le nom du parcours est vide</translation>
    </message>
    <message>
        <source>stage_order &quot;%1&quot; is not a whole number from 1</source>
        <translation>stage_order «&#xa0;%1&#xa0;» n’est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>assessment &quot;%1&quot; is unknown; use works_well, useless, not_working_well, to_reinforce or to_add</source>
        <translation>assessment «&#xa0;%1&#xa0;» est inconnu&#xa0;; utilisez works_well, useless, not_working_well, to_reinforce ou to_add</translation>
    </message>
    <message>
        <source>emotion &quot;%1&quot; is not a number from -2 to 2</source>
        <translation>emotion «&#xa0;%1&#xa0;» n’est pas un nombre de -2 à 2</translation>
    </message>
    <message>
        <source>entering &quot;%1&quot; is not a whole number of customers</source>
        <translation>entering «&#xa0;%1&#xa0;» n’est pas un nombre entier de clients</translation>
    </message>
    <message>
        <source>stage_order is empty; number the stages 1, 2, 3…</source>
        <translation>stage_order est vide&#xa0;; numérotez les étapes 1, 2, 3…</translation>
    </message>
    <message>
        <source>stage %1 is named &quot;%2&quot; on line %3, not &quot;%4&quot;</source>
        <translation>l’étape %1 s’appelle «&#xa0;%2&#xa0;» à la ligne %3 du fichier, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from &quot;%3&quot; on line %4; every row of a stage gives the same %1</source>
        <translation>%1 «&#xa0;%2&#xa0;» diffère de «&#xa0;%3&#xa0;» à la ligne %4 du fichier&#xa0;; chaque ligne d’une même étape donne le même %1</translation>
    </message>
    <message>
        <source>a second row for lane &quot;%1&quot; of stage %2 (the first is on line %3)</source>
        <translation>une deuxième entrée pour la ligne «&#xa0;%1&#xa0;» de l’étape %2 (la première est à la ligne %3 du fichier)</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; has a lane without a name; name it to export the journey as CSV</source>
        <translation>le parcours «&#xa0;%1&#xa0;» a une ligne sans nom&#xa0;; nommez-la pour exporter le parcours en CSV</translation>
    </message>
    <message>
        <source>journey &quot;%1&quot; has two lanes named &quot;%2&quot;; rename one to export the journey as CSV</source>
        <translation>le parcours «&#xa0;%1&#xa0;» a deux lignes nommées «&#xa0;%2&#xa0;»&#xa0;; renommez-en une pour exporter le parcours en CSV</translation>
    </message>
    <message>
        <source>the lane is empty; a group belongs to a lane</source>
        <translation>la ligne est vide&#xa0;; un groupe appartient à une ligne</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot; is in group &quot;%2&quot; on line %3, not &quot;%4&quot;</source>
        <translation>la ligne «&#xa0;%1&#xa0;» est dans le groupe «&#xa0;%2&#xa0;» à la ligne %3 du fichier, pas «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>failure &quot;%1&quot; is not yes or empty</source>
        <translation>failure «&#xa0;%1&#xa0;» n’est ni yes ni vide</translation>
    </message>
    <message>
        <source>arrow &quot;%1&quot; is not STAGE_ORDER:LANE, e.g. &quot;2:Support processes&quot;</source>
        <translation>la flèche «&#xa0;%1&#xa0;» ne s’écrit pas ORDRE_ÉTAPE:LIGNE, p.&#xa0;ex. «&#xa0;2:Processus de support&#xa0;»</translation>
    </message>
    <message>
        <source>the arrow to %1:%2 points at no stage %1</source>
        <translation>la flèche vers %1:%2 ne mène à aucune étape %1</translation>
    </message>
    <message>
        <source>the arrow to %1:%2 points at no lane &quot;%2&quot; of journey &quot;%3&quot;</source>
        <translation>la flèche vers %1:%2 ne mène à aucune ligne «&#xa0;%2&#xa0;» du parcours «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>the arrow to %1:%2 goes further than a neighbouring stage</source>
        <translation>la flèche vers %1:%2 va plus loin qu’une étape voisine</translation>
    </message>
    <message>
        <source>the arrow to %1:%2 points at its own cell</source>
        <translation>la flèche vers %1:%2 mène à sa propre cellule</translation>
    </message>
    <message>
        <source>severity &quot;%1&quot; is unknown; use trivial, workaround or abandonment, one per line of the value separated by |</source>
        <translation>gravité «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez trivial, workaround ou abandonment, une par ligne de la valeur, séparées par |</translation>
    </message>
    <message>
        <source>severity &quot;%1&quot; has more entries than the value has lines (%2)</source>
        <translation>la gravité «&#xa0;%1&#xa0;» a plus d’entrées que la valeur n’a de lignes (%2)</translation>
    </message>
    <message>
        <source>the lane is empty; a value, emotion, failure, wait, arrow or severity belongs to a lane</source>
        <translation>la ligne est vide&#xa0;; une valeur, une émotion, un point de défaillance, une attente, une flèche ou une gravité appartient à une ligne</translation>
    </message>
    <message>
        <source>step_order &quot;%1&quot; is not a whole number from 1</source>
        <translation>step_order «&#xa0;%1&#xa0;» n’est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>step %1 of stage %2 is named &quot;%3&quot; on line %4, not &quot;%5&quot;</source>
        <translation>la sous-étape %1 de l’étape %2 s’appelle «&#xa0;%3&#xa0;» à la ligne %4 du fichier, et non «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <source>a second row for lane &quot;%1&quot; of step %2 of stage %3 (the first is on line %4)</source>
        <translation>une deuxième entrée pour la ligne «&#xa0;%1&#xa0;» de la sous-étape %2 de l’étape %3 (la première est à la ligne %4 du fichier)</translation>
    </message>
    <message>
        <source>the arrow to %1:%2 points at no step %3 of stage %4</source>
        <translation>la flèche vers %1:%2 ne mène à aucune sous-étape %3 de l’étape %4</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>Parcours workspace (JSON)</source>
        <translation>Espace de travail Parcours (JSON)</translation>
    </message>
    <message>
        <source>a NUL character (\u0000) is not text; no field may hold it</source>
        <translation>un caractère NUL (\u0000) n’est pas du texte&#xa0;; aucun champ ne peut le contenir</translation>
    </message>
</context>
<context>
    <name>MermaidFormat</name>
    <message>
        <source>Mermaid user journey</source>
        <translation>Parcours utilisateur Mermaid</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>le texte n’est pas en UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; expected a Mermaid user journey (&quot;journey&quot;)</source>
        <translation>le fichier est vide&#xa0;; un parcours utilisateur Mermaid («&#xa0;journey&#xa0;») est attendu</translation>
    </message>
    <message>
        <source>no ```mermaid block of this file holds a user journey (&quot;journey&quot;)</source>
        <translation>aucun bloc ```mermaid de ce fichier ne contient de parcours utilisateur («&#xa0;journey&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>--block %1: the file has %n Mermaid journey block(s)</source>
        <translation>
            <numerusform>--block %1&#xa0;: le fichier contient %n bloc de parcours Mermaid</numerusform>
            <numerusform>--block %1&#xa0;: le fichier contient %n blocs de parcours Mermaid</numerusform>
        </translation>
    </message>
    <message>
        <source>--block %1: the file is one Mermaid diagram, not Markdown with ```mermaid blocks</source>
        <translation>--block %1&#xa0;: le fichier est un seul diagramme Mermaid, pas du Markdown avec des blocs ```mermaid</translation>
    </message>
    <message>
        <source>the journey to export is not in the workspace</source>
        <translation>le parcours à exporter n’est pas dans l’espace de travail</translation>
    </message>
    <message>
        <source>the workspace has no journey to export</source>
        <translation>l’espace de travail ne contient aucun parcours à exporter</translation>
    </message>
    <message>
        <source>a Mermaid diagram holds one journey; choose one with --journey: %1</source>
        <translation>un diagramme Mermaid contient un seul parcours&#xa0;; choisissez-en un avec --journey&#xa0;: %1</translation>
    </message>
    <message>
        <source>the Parcours details on this line cannot be read (%1); imported from the Mermaid text only</source>
        <translation>les détails Parcours de cette ligne ne peuvent pas être lus (%1)&#xa0;; importé à partir du seul texte Mermaid</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Imported journey</source>
        <translation>Parcours importé</translation>
    </message>
    <message>
        <source>a &quot;%% parcours-stage&quot; line needs the &quot;%% parcours-journey&quot; line; ignored</source>
        <translation>une ligne «&#xa0;%% parcours-stage&#xa0;» nécessite la ligne «&#xa0;%% parcours-journey&#xa0;»&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; differs from what Parcours exported; its name and tasks are imported as written</source>
        <translation>la section «&#xa0;%1&#xa0;» diffère de ce que Parcours a exporté&#xa0;; son nom et ses tâches sont importés tels quels</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: a task is written &quot;Task name: score&quot; or &quot;Task name: score: actor, actor&quot;</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: une tâche s’écrit «&#xa0;Nom de la tâche: note&#xa0;» ou «&#xa0;Nom de la tâche: note: acteur, acteur&#xa0;»</translation>
    </message>
    <message>
        <source>Mermaid ignores the text after the third colon: &quot;%1&quot;</source>
        <translation>Mermaid ignore le texte après le troisième deux-points&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a task needs a score from 1 to 5 after the colon</source>
        <translation>une tâche a besoin d’une note de 1 à 5 après le deux-points</translation>
    </message>
    <message>
        <source>the score &quot;%1&quot; is not a number from 1 to 5</source>
        <translation>la note «&#xa0;%1&#xa0;» n’est pas un nombre de 1 à 5</translation>
    </message>
    <message>
        <source>a task needs a name before the colon</source>
        <translation>une tâche a besoin d’un nom avant le deux-points</translation>
    </message>
    <message>
        <source>Mermaid ends a task name at the first &quot;:&quot;; imported as &quot;%1&quot; (write #58; for a colon in a name)</source>
        <translation>Mermaid termine un nom de tâche au premier «&#xa0;:&#xa0;»&#xa0;; importé comme «&#xa0;%1&#xa0;» (écrivez #58; pour un deux-points dans un nom)</translation>
    </message>
    <message>
        <source>Mermaid reads &quot;#&quot; as the start of a comment; imported as &quot;%1&quot; (write #35; for a hash in a name)</source>
        <translation>Mermaid lit «&#xa0;#&#xa0;» comme le début d’un commentaire&#xa0;; importé comme «&#xa0;%1&#xa0;» (écrivez #35; pour un croisillon dans un nom)</translation>
    </message>
    <message>
        <source>Mermaid does not accept &quot;;&quot; in a task; imported as written (write #59; for a semicolon)</source>
        <translation>Mermaid n’accepte pas «&#xa0;;&#xa0;» dans une tâche&#xa0;; importé tel quel (écrivez #59; pour un point-virgule)</translation>
    </message>
    <message>
        <source>score %1 is not a whole number; imported as %2</source>
        <translation>la note %1 n’est pas un nombre entier&#xa0;; importée comme %2</translation>
    </message>
    <message>
        <source>score %1 is outside 1…5; imported as %2</source>
        <translation>la note %1 est hors de 1…5&#xa0;; importée comme %2</translation>
    </message>
    <message>
        <source>this is a Mermaid &quot;%1&quot; diagram, not a user journey (&quot;journey&quot;)</source>
        <translation>c’est un diagramme Mermaid «&#xa0;%1&#xa0;», pas un parcours utilisateur («&#xa0;journey&#xa0;»)</translation>
    </message>
    <message>
        <source>expected &quot;journey&quot; at the start of the diagram, found &quot;%1&quot;</source>
        <translation>«&#xa0;journey&#xa0;» attendu au début du diagramme, «&#xa0;%1&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>the front matter opened here is never closed with &quot;---&quot;</source>
        <translation>l’en-tête (front matter) ouvert ici n’est jamais fermé par «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;accDescr {&quot; opened here is never closed with &quot;}&quot;</source>
        <translation>«&#xa0;accDescr {&#xa0;» ouvert ici n’est jamais fermé par «&#xa0;}&#xa0;»</translation>
    </message>
    <message>
        <source>no &quot;journey&quot; line: this is not a Mermaid user journey</source>
        <translation>aucune ligne «&#xa0;journey&#xa0;»&#xa0;: ce n’est pas un parcours utilisateur Mermaid</translation>
    </message>
    <message>
        <source>a second &quot;journey&quot; line; a diagram has one</source>
        <translation>une deuxième ligne «&#xa0;journey&#xa0;»&#xa0;; un diagramme n’en a qu’une</translation>
    </message>
    <message>
        <source>a title without text is ignored</source>
        <translation>un titre sans texte est ignoré</translation>
    </message>
    <message>
        <source>Mermaid ends a title at &quot;#&quot; or &quot;;&quot;; imported as written (write #35; and #59; for them)</source>
        <translation>Mermaid termine un titre à «&#xa0;#&#xa0;» ou «&#xa0;;&#xa0;»&#xa0;; importé tel quel (écrivez #35; et #59; pour ces caractères)</translation>
    </message>
    <message>
        <source>a section without a name; imported as a stage without a name</source>
        <translation>une section sans nom&#xa0;; importée comme une étape sans nom</translation>
    </message>
    <message>
        <source>Mermaid ends a section name at &quot;:&quot;; imported as &quot;%1&quot; (write #58; for a colon in a name)</source>
        <translation>Mermaid termine un nom de section à «&#xa0;:&#xa0;»&#xa0;; importé comme «&#xa0;%1&#xa0;» (écrivez #58; pour un deux-points dans un nom)</translation>
    </message>
    <message>
        <source>Mermaid does not accept &quot;;&quot; in a section name; imported as &quot;%1&quot; (write #59; for a semicolon)</source>
        <translation>Mermaid n’accepte pas «&#xa0;;&#xa0;» dans un nom de section&#xa0;; importé comme «&#xa0;%1&#xa0;» (écrivez #59; pour un point-virgule)</translation>
    </message>
    <message>
        <source>Mermaid reads a line starting with &quot;#&quot; as a comment; imported as a task (write #35; for a hash)</source>
        <translation>Mermaid lit une ligne commençant par «&#xa0;#&#xa0;» comme un commentaire&#xa0;; importée comme une tâche (écrivez #35; pour un croisillon)</translation>
    </message>
    <message>
        <source>%1 actors on one task; Parcours reads at most %2 (each actor becomes a persona)</source>
        <translation>%1 acteurs pour une seule tâche&#xa0;; Parcours en lit au plus %2 (chaque acteur devient un persona)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is actor number %2; Parcours reads at most %3 different actors from one file (each actor becomes a persona)</source>
        <translation>«&#xa0;%1&#xa0;» est l’acteur numéro %2&#xa0;; Parcours lit au plus %3 acteurs différents par fichier (chaque acteur devient un persona)</translation>
    </message>
    <message>
        <source>a second &quot;%% parcours-journey&quot; line is ignored</source>
        <translation>une deuxième ligne «&#xa0;%% parcours-journey&#xa0;» est ignorée</translation>
    </message>
    <message>
        <source>a second &quot;%% parcours-stage&quot; line in one section is ignored</source>
        <translation>une deuxième ligne «&#xa0;%% parcours-stage&#xa0;» dans une même section est ignorée</translation>
    </message>
    <message>
        <source>a NUL character (byte 0) is not text; no field may hold it</source>
        <translation>un caractère NUL (octet 0) n’est pas du texte&#xa0;; aucun champ ne peut le contenir</translation>
    </message>
    <message>
        <source>arrows to a stage or lane no longer in the diagram are left out (%1)</source>
        <translation>les flèches vers une étape ou une ligne qui n’est plus dans le diagramme sont laissées de côté (%1)</translation>
    </message>
    <message>
        <source>a line break (&lt;br&gt;) in a task name is imported as a space: each task is a step, its name one line; imported as &quot;%1&quot;</source>
        <translation>un saut de ligne (&lt;br&gt;) dans le nom d’une tâche est importé comme une espace&#xa0;: chaque tâche est une sous-étape, dont le nom tient sur une ligne&#xa0;; importé comme «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MetricsCsvFormat</name>
    <message>
        <source>Retention metrics (CSV)</source>
        <translation>Indicateurs de rétention (CSV)</translation>
    </message>
    <message>
        <source>warning: impossible period, flagged on the dashboard: %1</source>
        <translation>avertissement&#xa0;: période impossible, signalée sur le tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a count&apos;s column name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le nom de colonne d’un comptage</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>upgrade to file format %1 (%2) failed: %3</source>
        <translation>la mise à niveau vers le format de fichier %1 (%2) a échoué&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ObservedFrequency</name>
    <message>
        <source>forgotten in practice</source>
        <translation>oublié en pratique</translation>
    </message>
    <message>
        <source>more often in practice</source>
        <translation>plus fréquent en pratique</translation>
    </message>
</context>
<context>
    <name>OpportunityCsvFormat</name>
    <message>
        <source>link_steps: &quot;%1&quot; is not a step of &quot;%2&quot; (1 to %3)</source>
        <translation>link_steps&#xa0;: «&#xa0;%1&#xa0;» n’est pas une sous-étape de «&#xa0;%2&#xa0;» (de 1 à %3)</translation>
    </message>
    <message>
        <source>Opportunities for a tracker (CSV)</source>
        <translation>Opportunités pour un outil de suivi (CSV)</translation>
    </message>
    <message>
        <source>unknown status_key &quot;%1&quot; (expected idea, planned, in_progress, done or dropped)</source>
        <translation>status_key «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: idea, planned, in_progress, done ou dropped)</translation>
    </message>
    <message>
        <source>unknown Status &quot;%1&quot; (expected Backlog, To Do, In Progress, Done or Canceled)</source>
        <translation>Status «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: Backlog, To Do, In Progress, Done ou Canceled)</translation>
    </message>
    <message>
        <source>the status is missing: fill status_key (idea, planned, in_progress, done or dropped)</source>
        <translation>le statut manque&#xa0;: remplissez status_key (idea, planned, in_progress, done ou dropped)</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; and status_key &quot;%2&quot; disagree: change one of them</source>
        <translation>Status «&#xa0;%1&#xa0;» et status_key «&#xa0;%2&#xa0;» ne concordent pas&#xa0;: changez l’un des deux</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 5, not &quot;%2&quot;</source>
        <translation>%1 doit être un nombre entier de 1 à 5, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>votes must be a whole number from 0, not &quot;%1&quot;</source>
        <translation>votes doit être un nombre entier à partir de 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>links: no stage, cell or use case of the workspace is named &quot;%1&quot;</source>
        <translation>links&#xa0;: aucune étape, cellule ni aucun cas d’utilisation de l’espace de travail ne s’appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>warning: links: %1 items are named &quot;%2&quot;; linked to the first</source>
        <translation>avertissement&#xa0;: links&#xa0;: %1 éléments s’appellent «&#xa0;%2&#xa0;»&#xa0;; lié au premier</translation>
    </message>
</context>
<context>
    <name>Parcours</name>
    <message>
        <source>no use case with a frequency yet</source>
        <translation>aucun cas d’utilisation avec une fréquence pour l’instant</translation>
    </message>
    <message>
        <source>%1 of %2 segments below monthly</source>
        <translation>%1 sur %2 segments sous le mensuel</translation>
    </message>
    <message>
        <source>%1 of %2 segments, %3 % of weight, below monthly</source>
        <translation>%1 sur %2 segments, %3&#xa0;% du poids, sous le mensuel</translation>
    </message>
    <message>
        <source>not set: mark a stage as the conversion</source>
        <translation>non défini&#xa0;: marquez une étape comme conversion</translation>
    </message>
    <message>
        <source>not set: mark the stage where value is delivered</source>
        <translation>non défini&#xa0;: marquez l’étape où la valeur est délivrée</translation>
    </message>
    <message>
        <source>not computed: value is delivered before the conversion stage</source>
        <translation>non calculé&#xa0;: la valeur est délivrée avant l’étape de conversion</translation>
    </message>
    <message>
        <source>unknown: no stage from conversion to value has a duration</source>
        <translation>inconnu&#xa0;: aucune étape entre la conversion et la valeur n’a de durée</translation>
    </message>
    <message>
        <source>at least %1 (1 stage without duration)</source>
        <translation>au moins %1 (1 étape sans durée)</translation>
    </message>
    <message>
        <source>at least %1 (%2 stages without duration)</source>
        <translation>au moins %1 (%2 étapes sans durée)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Works well</source>
        <translation>Fonctionne bien</translation>
    </message>
    <message>
        <source>Useless</source>
        <translation>Inutile</translation>
    </message>
    <message>
        <source>Not working well</source>
        <translation>Fonctionne mal</translation>
    </message>
    <message>
        <source>To reinforce</source>
        <translation>À renforcer</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 week</source>
        <translation>%1 semaine</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 of 1 segment below monthly</source>
        <translation>%1 sur 1 segment sous le mensuel</translation>
    </message>
    <message>
        <source>%1 of 1 segment, %2 % of weight, below monthly</source>
        <translation>%1 sur 1 segment, %2&#xa0;% du poids, sous le mensuel</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1&#xa0;: pas un objet</translation>
    </message>
    <message>
        <source>%1.id: not a whole number from 1 to 2^53</source>
        <translation>%1.id&#xa0;: pas un nombre entier de 1 à 2^53</translation>
    </message>
    <message>
        <source>%1.name: a view needs a name</source>
        <translation>%1.name&#xa0;: une vue doit avoir un nom</translation>
    </message>
    <message>
        <source>%1: lanes and curves are lists of ids</source>
        <translation>%1&#xa0;: lanes et curves sont des listes d’identifiants</translation>
    </message>
    <message>
        <source>%1.zoom: takes %2 to %3</source>
        <translation>%1.zoom&#xa0;: de %2 à %3</translation>
    </message>
    <message>
        <source>%1.%2: not a stage id</source>
        <translation>%1.%2&#xa0;: pas un identifiant d’étape</translation>
    </message>
    <message>
        <source>views[%1].name: another view is named &quot;%2&quot;</source>
        <translation>views[%1].name&#xa0;: une autre vue s’appelle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>views[%1].id: another view has the id %2</source>
        <translation>views[%1].id&#xa0;: une autre vue a l’identifiant %2</translation>
    </message>
    <message>
        <source>the views are not a JSON list (%1)</source>
        <translation>les vues ne sont pas une liste JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Parcours::AudienceViewChooser</name>
    <message>
        <source>Audience view</source>
        <translation>Vue par public</translation>
    </message>
    <message>
        <source>Show the journey as saved for an audience: its lanes, stages and zoom</source>
        <translation>Montrer le parcours tel qu’enregistré pour un public&#xa0;: ses couloirs, ses étapes et son zoom</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Tous les couloirs</translation>
    </message>
    <message>
        <source>Save View As…</source>
        <translation>Enregistrer la vue sous…</translation>
    </message>
    <message>
        <source>Edit View…</source>
        <translation>Modifier la vue…</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
</context>
<context>
    <name>Parcours::AudienceViewDialog</name>
    <message>
        <source>Edit View</source>
        <translation>Modifier la vue</translation>
    </message>
    <message>
        <source>Save View As</source>
        <translation>Enregistrer la vue sous</translation>
    </message>
    <message>
        <source>Executive, Workshop, Support team…</source>
        <translation>Direction, Atelier, Équipe support…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lanes shown:</source>
        <translation>&amp;Couloirs affichés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Curves shown:</source>
        <translation>Co&amp;urbes affichées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From stage:</source>
        <translation>&amp;De l’étape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To stage:</source>
        <translation>&amp;À l’étape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom&#xa0;:</translation>
    </message>
    <message>
        <source>Choose at least one lane.</source>
        <translation>Choisissez au moins un couloir.</translation>
    </message>
    <message>
        <source>The first stage comes after the last one.</source>
        <translation>La première étape vient après la dernière.</translation>
    </message>
</context>
<context>
    <name>Parcours::BlueprintActions</name>
    <message>
        <source>No Group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Physical Evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <source>Customer Actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Front office (visible)</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Back office (invisible)</translation>
    </message>
    <message>
        <source>Support Processes</source>
        <translation>Processus de support</translation>
    </message>
    <message>
        <source>Lane &amp;Group</source>
        <translation>&amp;Groupe de la ligne</translation>
    </message>
    <message>
        <source>&amp;Custom Group…</source>
        <translation>Groupe &amp;personnalisé…</translation>
    </message>
    <message>
        <source>Custom Group</source>
        <translation>Groupe personnalisé</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;Blueprint Lanes</source>
        <translation>Ajouter les lignes du &amp;plan de service</translation>
    </message>
    <message>
        <source>Add the lane groups of a service blueprint: physical evidence, customer actions, frontstage, backstage and support processes</source>
        <translation>Ajouter les groupes de lignes d’un plan de service&#xa0;: preuves physiques, actions du client, front office, back office et processus de support</translation>
    </message>
    <message>
        <source>Mark or Unmark Point of &amp;Failure</source>
        <translation>Marquer ou démarquer un point de &amp;défaillance</translation>
    </message>
    <message>
        <source>&amp;Wait Time…</source>
        <translation>&amp;Temps d’attente…</translation>
    </message>
    <message>
        <source>Wait Time</source>
        <translation>Temps d’attente</translation>
    </message>
    <message>
        <source>Wait (empty for none), e.g. &quot;2 days&quot;:</source>
        <translation>Attente (vide pour aucune), par exemple «&#xa0;2 jours&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Draw &amp;Arrow To</source>
        <translation>Tracer une &amp;flèche vers</translation>
    </message>
    <message>
        <source>&amp;Remove Arrow</source>
        <translation>&amp;Supprimer une flèche</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>No arrows from this cell</source>
        <translation>Aucune flèche ne part de cette cellule</translation>
    </message>
</context>
<context>
    <name>Parcours::ChangesView</name>
    <message>
        <source>Persona “%1”</source>
        <translation>Persona « %1 »</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>Parcours « %1 »</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Observed usage</source>
        <translation>Usage observé</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>Forgotten-zone verdicts that flipped</source>
        <translation>Verdicts de zone oubliée qui ont basculé</translation>
    </message>
    <message>
        <source>persona “%1” is now in the forgotten zone</source>
        <translation>la persona « %1 » est maintenant dans la zone oubliée</translation>
    </message>
    <message>
        <source>persona “%1” is no longer in the forgotten zone</source>
        <translation>la persona « %1 » n’est plus dans la zone oubliée</translation>
    </message>
    <message>
        <source>Metric periods</source>
        <translation>Périodes de métriques</translation>
    </message>
</context>
<context>
    <name>Parcours::Cli</name>
    <message>
        <source>check takes one FILE</source>
        <translation>check attend un FICHIER</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1&#xa0;: ok</translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot;; available: %3</source>
        <translation>aucun %1 nommé «&#xa0;%2&#xa0;»&#xa0;; disponibles&#xa0;: %3</translation>
    </message>
    <message>
        <source>usage: parcours export WORKSPACE --format FORMAT -o OUT</source>
        <translation>usage&#xa0;: parcours export ESPACE --format FORMAT -o SORTIE</translation>
    </message>
    <message>
        <source>export: unknown format %1</source>
        <translation>export&#xa0;: format inconnu %1</translation>
    </message>
    <message>
        <source>usage: parcours import FILE --format FORMAT -o WORKSPACE</source>
        <translation>usage&#xa0;: parcours import FICHIER --format FORMAT -o ESPACE</translation>
    </message>
    <message>
        <source>import: --block takes a number from 1</source>
        <translation>import&#xa0;: --block attend un nombre à partir de 1</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>rien n’a été importé</translation>
    </message>
    <message>
        <source>parcours: %1: nothing imported (%2 errors)</source>
        <translation>parcours: %1: rien n’a été importé (erreurs&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the workspace is read-only</source>
        <translation>l’espace de travail est en lecture seule</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>File format: %1</source>
        <translation>Format de fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 use cases</source>
        <translation>%1 cas d’utilisation</translation>
    </message>
    <message>
        <source>, forgotten zone</source>
        <translation>, zone oubliée</translation>
    </message>
    <message>
        <source>Journeys: %1</source>
        <translation>Parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: parcours info FILE [--json]</source>
        <translation>usage&#xa0;: parcours info FICHIER [--json]</translation>
    </message>
    <message>
        <source>Try &apos;parcours --help&apos;.</source>
        <translation>Essayez «&#xa0;parcours --help&#xa0;».</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>new: unknown template %1 (choose %2)</source>
        <translation>new&#xa0;: modèle inconnu %1 (choisissez %2)</translation>
    </message>
    <message>
        <source>new: unknown language %1 (choose en, fr)</source>
        <translation>new&#xa0;: langue inconnue %1 (choisissez en, fr)</translation>
    </message>
    <message>
        <source>new: unexpected argument %1</source>
        <translation>new&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>usage: parcours new WORKSPACE.parcours [--template %1] [--lang en|fr]</source>
        <translation>usage&#xa0;: parcours new ESPACE.parcours [--template %1] [--lang en|fr]</translation>
    </message>
    <message>
        <source>already exists; choose another name or remove the file first (nothing was written)</source>
        <translation>existe déjà&#xa0;; choisissez un autre nom ou supprimez d’abord le fichier (rien n’a été écrit)</translation>
    </message>
    <message>
        <source>Created %1 with the journey &quot;%2&quot; (%3 stages).</source>
        <translation>%1 créé avec le parcours «&#xa0;%2&#xa0;» (étapes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>usage: parcours report WORKSPACE [--json]</source>
        <translation>usage&#xa0;: parcours report ESPACE [--json]</translation>
    </message>
    <message>
        <source>the workspace has no journey to print</source>
        <translation>l’espace de travail ne contient aucun parcours à imprimer</translation>
    </message>
    <message>
        <source>the workspace has %1 journeys: choose one with --journey NAME; available: %2</source>
        <translation>l’espace de travail contient %1 parcours&#xa0;: choisissez-en un avec --journey NOM&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>no journey named &quot;%1&quot;; available: %2</source>
        <translation>aucun parcours nommé «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>export: unknown page size %1 (A0 … A4, Letter, Legal, Tabloid, or WIDTHxHEIGHT in mm)</source>
        <translation>export&#xa0;: format de page inconnu %1 (A0 … A4, Letter, Legal, Tabloid, ou LARGEURxHAUTEUR en mm)</translation>
    </message>
    <message>
        <source>export: give --landscape or --portrait, not both</source>
        <translation>export&#xa0;: indiquez --landscape ou --portrait, pas les deux</translation>
    </message>
    <message>
        <source>export: --tile applies to PDF: SVG and PNG hold the whole poster in one picture</source>
        <translation>export&#xa0;: --tile s’applique au PDF&#xa0;: SVG et PNG contiennent toute l’affiche en une seule image</translation>
    </message>
    <message>
        <source>export: unknown sheet size %1</source>
        <translation>export&#xa0;: format de feuille inconnu %1</translation>
    </message>
    <message>
        <source>export: --overlap takes millimetres from 0 to 100</source>
        <translation>export&#xa0;: --overlap attend un nombre de millimètres de 0 à 100</translation>
    </message>
    <message>
        <source>export: --margin takes millimetres from 0 to 100</source>
        <translation>export&#xa0;: --margin attend un nombre de millimètres de 0 à 100</translation>
    </message>
    <message>
        <source>export: --dpi takes 50 to 1200 (150, 300, 600)</source>
        <translation>export&#xa0;: --dpi attend une valeur de 50 à 1200 (150, 300, 600)</translation>
    </message>
    <message>
        <source>export: --date takes YYYY-MM-DD</source>
        <translation>export&#xa0;: --date attend AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>parcours: warning: %1</source>
        <translation>parcours&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>interrupted; nothing written</source>
        <translation>interrompu&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>admin: unexpected argument %1</source>
        <translation>admin&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>admin init-server needs a postgresql:// location</source>
        <translation>admin init-server attend un emplacement postgresql://</translation>
    </message>
    <message>
        <source>publish: unexpected argument %1</source>
        <translation>publish&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>usage: parcours publish FILE postgresql://USER@HOST/DB?workspace=NAME</source>
        <translation>usage&#xa0;: parcours publish FICHIER postgresql://UTILISATEUR@HÔTE/BASE?workspace=NOM</translation>
    </message>
    <message>
        <source>the file exists; add --replace to overwrite it</source>
        <translation>le fichier existe&#xa0;; ajoutez --replace pour l’écraser</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>publishing: %1% (%2 of %3)</source>
        <translation>publication&#xa0;: %1&#xa0;% (%2 sur %3)</translation>
    </message>
    <message>
        <source>Published %1 to %2: %3 personas, %4 journeys.</source>
        <translation>%1 publié sur %2&#xa0;: %3 personas, %4 parcours.</translation>
    </message>
    <message>
        <source>no persona named &quot;%1&quot;; available: %2</source>
        <translation>aucun persona nommé «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>usage: parcours export WORKSPACE --format pdf|svg|png -o OUT [--journey NAME | --dashboard] [--page SIZE] [--landscape] [--tile SIZE] [--overlap MM] [--dpi N]</source>
        <translation>usage&#xa0;: parcours export ESPACE --format pdf|svg|png -o SORTIE [--journey NOM | --dashboard] [--page FORMAT] [--landscape] [--tile FORMAT] [--overlap MM] [--dpi N]</translation>
    </message>
    <message>
        <source>export: give --dashboard, --journey or --persona, not two</source>
        <translation>export&#xa0;: indiquez --dashboard, --journey ou --persona, pas deux à la fois</translation>
    </message>
    <message>
        <source>export: the dashboard is written as pdf, svg or png, not &quot;%1&quot;</source>
        <translation>export&#xa0;: le tableau de bord s’écrit en pdf, svg ou png, pas en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>saving: %1% (%2 of %3)</source>
        <translation>enregistrement&#xa0;: %1&#xa0;% (%2 sur %3)</translation>
    </message>
    <message>
        <source>this is the workspace being exported: choose another output file</source>
        <translation>c’est l’espace de travail exporté&#xa0;: choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>this is a Parcours workspace: an export never replaces one; choose another output file</source>
        <translation>c’est un espace de travail Parcours&#xa0;: un export n’en remplace jamais&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>import: --format is missing; formats: %1</source>
        <translation>import&#xa0;: --format manque&#xa0;; formats&#xa0;: %1</translation>
    </message>
    <message>
        <source>import: unknown format %1; formats: %2</source>
        <translation>import&#xa0;: format inconnu %1&#xa0;; formats&#xa0;: %2</translation>
    </message>
    <message>
        <source>import: --block applies to Mermaid Markdown files (--format mermaid)</source>
        <translation>import&#xa0;: --block s’applique aux fichiers Markdown Mermaid (--format mermaid)</translation>
    </message>
    <message>
        <source>import: the output of import is a Parcours workspace: name it *.parcours</source>
        <translation>import&#xa0;: import produit un espace de travail Parcours&#xa0;: nommez-le *.parcours</translation>
    </message>
    <message>
        <source>this is a Parcours workspace, not %1 (open it, or export it with --format %2)</source>
        <translation>c’est un espace de travail Parcours, pas du %1 (ouvrez-le, ou exportez-le avec --format %2)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>parcours: %1: imported %2 rows into %3, skipped %4 (see above)</source>
        <translation>parcours&#xa0;: %1&#xa0;: %2 lignes importées dans %3, %4 ignorées (voir ci-dessus)</translation>
    </message>
    <message>
        <source>%1 journeys are named &quot;%2&quot; (numbers %3 of %4, in the workspace&apos;s order); rename them so that --journey names one</source>
        <translation>%1 parcours s’appellent «&#xa0;%2&#xa0;» (numéros %3 sur %4, dans l’ordre de l’espace de travail)&#xa0;; renommez-les pour que --journey en désigne un seul</translation>
    </message>
    <message>
        <source>%1 personas are named &quot;%2&quot; (numbers %3 of %4, in the workspace&apos;s order); rename them so that --persona names one</source>
        <translation>%1 personas s’appellent «&#xa0;%2&#xa0;» (numéros %3 sur %4, dans l’ordre de l’espace de travail)&#xa0;; renommez-les pour que --persona en désigne un seul</translation>
    </message>
    <message>
        <source>parcours: %1: nothing imported (1 error)</source>
        <translation>parcours&#xa0;: %1&#xa0;: rien n’a été importé (1 erreur)</translation>
    </message>
    <message>
        <source>1 use case</source>
        <translation>1 cas d’utilisation</translation>
    </message>
    <message>
        <source>export: the page size %1 is %2</source>
        <translation>export&#xa0;: le format de page %1 est %2</translation>
    </message>
    <message>
        <source>export: the sheet size %1 is %2</source>
        <translation>export&#xa0;: le format de feuille %1 est %2</translation>
    </message>
    <message>
        <source>export: the tile sheet %1 is not smaller than the poster %2: leave out --tile</source>
        <translation>export&#xa0;: la feuille de mosaïque %1 n’est pas plus petite que l’affiche %2&#xa0;: retirez --tile</translation>
    </message>
    <message>
        <source>export: --overlap applies to tiled posters: add --tile SIZE</source>
        <translation>export&#xa0;: --overlap s’applique aux affiches en mosaïque&#xa0;: ajoutez --tile FORMAT</translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>%1 écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>new makes a workspace file, not a shared workspace: create a file, then copy it to the server with parcours publish FILE %1 (nothing was written)</source>
        <translation>new crée un fichier d’espace de travail, pas un espace de travail partagé&#xa0;: créez un fichier, puis copiez-le sur le serveur avec parcours publish FICHIER %1 (rien n’a été écrit)</translation>
    </message>
    <message>
        <source>export: --rows takes auto or a number of rows (1, 2, 3 …), not &quot;%1&quot;</source>
        <translation>export&#xa0;: --rows prend auto ou un nombre de rangées (1, 2, 3…), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>export: --rows %1 is more rows than the journey&apos;s %2 stages</source>
        <translation>export&#xa0;: --rows %1 demande plus de rangées que les %2 étapes du parcours</translation>
    </message>
    <message>
        <source>Wrote %1: %2; %3.</source>
        <translation>%1 écrit&#xa0;: %2&#xa0;; %3.</translation>
    </message>
    <message>
        <source>export: --rows applies to journey posters (rows of stages) and use-case maps (columns of the table)</source>
        <translation>export&#xa0;: --rows s’applique aux affiches de parcours (rangées d’étapes) et aux cartes des cas d’usage (colonnes du tableau)</translation>
    </message>
    <message>
        <source>export: --rows %1 is more columns than the use-case map fills (at most %2)</source>
        <translation>export&#xa0;: --rows %1 fait plus de colonnes que la carte des cas d’usage n’en remplit (%2 au plus)</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2 into %3.</source>
        <translation>%1&#xa0;lignes importées de %2 dans %3.</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>impossible d’écrire dans %1</translation>
    </message>
    <message>
        <source>the file is too large to import into a shared workspace (%1 MB; at most %2 MB): import it into a workspace file (-o FILE.parcours), then publish that (parcours publish FILE.parcours URL)</source>
        <translation>le fichier est trop volumineux pour être importé dans un espace de travail partagé (%1&#xa0;Mo&#xa0;; au plus %2&#xa0;Mo)&#xa0;: importez-le dans un fichier d’espace de travail (-o FICHIER.parcours), puis publiez celui-ci (parcours publish FICHIER.parcours URL)</translation>
    </message>
    <message>
        <source>export: --audience applies to journey posters</source>
        <translation>export&#xa0;: --audience s’applique aux affiches de parcours</translation>
    </message>
    <message>
        <source>export: --audience takes everyone or customer, not &quot;%1&quot;</source>
        <translation>export&#xa0;: --audience prend everyone ou customer, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>export: give --opportunities, --dashboard, --journey or --persona, not two</source>
        <translation>export&#xa0;: indiquez --opportunities, --dashboard, --journey ou --persona, pas deux à la fois</translation>
    </message>
    <message>
        <source>export: the opportunities board is written as pdf, svg or png, not &quot;%1&quot;</source>
        <translation>export&#xa0;: le tableau des opportunités s’écrit en pdf, svg ou png, pas en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date (yyyy-MM-dd)</source>
        <translation>--today : « %1 » n’est pas une date (aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>import: --from and --to take a date YYYY-MM-DD</source>
        <translation>import&#xa0;: --from et --to attendent une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>import: --to is before --from</source>
        <translation>import&#xa0;: --to est antérieur à --from</translation>
    </message>
    <message>
        <source>no such workspace: events are imported into an existing workspace, whose use cases name the events they mean</source>
        <translation>espace de travail introuvable&#xa0;: les événements s’importent dans un espace de travail existant, dont les cas d’usage nomment les événements qui les signifient</translation>
    </message>
    <message>
        <source>… and %1 more bad rows</source>
        <translation>… et %1 autres lignes invalides</translation>
    </message>
    <message>
        <source>parcours: %1: nothing imported (%2 bad rows)</source>
        <translation>parcours&#xa0;: %1&#xa0;: rien n’a été importé (lignes invalides&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no events to import (%1 outside --from/--to)</source>
        <translation>aucun événement à importer (%1 hors de --from/--to)</translation>
    </message>
    <message>
        <source>Re-imported %1 (%2): %3 events, replacing its earlier import in %4.</source>
        <translation>%1 (%2) réimporté&#xa0;: %3 événements, en remplacement de son import précédent dans %4.</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 events into %4.</source>
        <translation>%1 (%2) importé&#xa0;: %3 événements dans %4.</translation>
    </message>
    <message>
        <source>Mapped to use cases: %1 events; unmapped: %2.</source>
        <translation>Associés à des cas d’usage&#xa0;: %1 événements&#xa0;; non associés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unmapped events: %1</source>
        <translation>Événements non associés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Users without a persona: %1 (%2)</source>
        <translation>Utilisateurs sans persona&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Persona names not in the workspace: %1</source>
        <translation>Noms de personas absents de l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left out before --from or after --to: %1 events.</source>
        <translation>Écartés avant --from ou après --to&#xa0;: %1 événements.</translation>
    </message>
    <message>
        <source>parcours: %1: imported the good rows into %2, skipped %3 (see above)</source>
        <translation>parcours&#xa0;: %1&#xa0;: lignes valides importées dans %2, %3 ignorées (voir ci-dessus)</translation>
    </message>
    <message>
        <source>import: --users, --from and --to apply to events (--format events)</source>
        <translation>import&#xa0;: --users, --from et --to s’appliquent aux événements (--format events)</translation>
    </message>
    <message>
        <source>usage: parcours diff WORKSPACE --from LABEL [--to LABEL] [--json]</source>
        <translation>usage : parcours diff ESPACE --from ÉTIQUETTE [--to ÉTIQUETTE] [--json]</translation>
    </message>
    <message>
        <source>Saved version &quot;%1&quot; of %2 (%3 bytes).</source>
        <translation>Version « %1 » de %2 enregistrée (%3 octets).</translation>
    </message>
    <message>
        <source>usage: parcours version WORKSPACE save LABEL | parcours version WORKSPACE list [--json]</source>
        <translation>usage : parcours version ESPACE save ÉTIQUETTE | parcours version ESPACE list [--json]</translation>
    </message>
    <message>
        <source>shared workspaces keep no versions yet: save the version in a copy of it (File &gt; Save As)</source>
        <translation>les espaces de travail partagés ne gardent pas encore de versions : enregistrez la version dans une copie (Fichier &gt; Enregistrer sous)</translation>
    </message>
    <message>
        <source>no view named &quot;%1&quot;: the journey &quot;%2&quot; has no views</source>
        <translation>aucune vue nommée «&#xa0;%1&#xa0;»&#xa0;: le parcours «&#xa0;%2&#xa0;» n’a pas de vue</translation>
    </message>
    <message>
        <source>no view named &quot;%1&quot; in the journey &quot;%2&quot;; available: %3</source>
        <translation>aucune vue nommée «&#xa0;%1&#xa0;» dans le parcours «&#xa0;%2&#xa0;»&#xa0;; disponibles&#xa0;: %3</translation>
    </message>
    <message>
        <source>export: --view applies to journey posters</source>
        <translation>export&#xa0;: --view s’applique aux affiches de parcours</translation>
    </message>
    <message>
        <source>usage: parcours admin init-server postgresql://ADMIN@HOST/DB?workspace=NAME [--editor USER]... [--viewer USER]... [--commenter USER]... [--print-sql]</source>
        <translation>usage&#xa0;: parcours admin init-server postgresql://ADMIN@HÔTE/BASE?workspace=NOM [--editor UTILISATEUR]... [--viewer UTILISATEUR]... [--commenter UTILISATEUR]... [--print-sql]</translation>
    </message>
    <message>
        <source>export: --comments applies to journey posters</source>
        <translation>export&#xa0;: --comments s’applique aux affiches de parcours</translation>
    </message>
    <message>
        <source>%1 is given twice (%2 and %3); give it once</source>
        <translation>%1 est donné deux fois (%2 et %3)&#xa0;; donnez-le une seule fois</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>Parcours::Commands::InsertEntity</name>
    <message>
        <source>someone else deleted it</source>
        <translation>quelqu’un d’autre l’a supprimé</translation>
    </message>
    <message>
        <source>someone else changed it after you added it</source>
        <translation>quelqu’un d’autre l’a modifié après votre ajout</translation>
    </message>
</context>
<context>
    <name>Parcours::Commands::MoveEntity</name>
    <message>
        <source>someone else deleted it</source>
        <translation>quelqu’un d’autre l’a supprimé</translation>
    </message>
</context>
<context>
    <name>Parcours::Commands::RemoveEntity</name>
    <message>
        <source>someone else deleted it already</source>
        <translation>quelqu’un d’autre l’a déjà supprimé</translation>
    </message>
    <message>
        <source>someone else changed it since</source>
        <translation>quelqu’un d’autre l’a modifié entre-temps</translation>
    </message>
</context>
<context>
    <name>Parcours::Commands::SetField</name>
    <message>
        <source>someone else deleted what it changed</source>
        <translation>quelqu’un d’autre a supprimé l’élément modifié</translation>
    </message>
    <message>
        <source>someone else changed this value after you</source>
        <translation>quelqu’un d’autre a modifié cette valeur après vous</translation>
    </message>
</context>
<context>
    <name>Parcours::Commands::WorkspaceCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>its persona was deleted by someone else</source>
        <translation>son persona a été supprimé par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>its journey was deleted by someone else</source>
        <translation>son parcours a été supprimé par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>its comment thread was deleted by someone else</source>
        <translation>son fil de commentaires a été supprimé par quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>Parcours::CommentCounts</name>
    <message>
        <source>1 open comment</source>
        <translation>1 commentaire ouvert</translation>
    </message>
    <message>
        <source>%1 open comments</source>
        <translation>%1 commentaires ouverts</translation>
    </message>
</context>
<context>
    <name>Parcours::CommentThreadsModel</name>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Parcours::CommentsLegend</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
</context>
<context>
    <name>Parcours::CommentsPanel</name>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>Show &amp;Item</source>
        <translation>Afficher l’élé&amp;ment</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Fils ouverts</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Tous les fils</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Écrire une réponse…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Commentaire sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>Fils&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Parcours::ComparePanel</name>
    <message>
        <source>Steps that differ</source>
        <translation>Sous-étapes qui diffèrent</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Ce parcours</translation>
    </message>
    <message>
        <source>(unnamed journey)</source>
        <translation>(parcours sans nom)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Sous-étape</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Better in %1</source>
        <translation>Mieux dans %1</translation>
    </message>
    <message>
        <source>Worse in %1</source>
        <translation>Moins bien dans %1</translation>
    </message>
    <message>
        <source>Compared with %1: no step differs.</source>
        <translation>Comparé avec %1&#xa0;: aucune sous-étape ne diffère.</translation>
    </message>
    <message>
        <source>Steps that differ from %1: %2</source>
        <translation>Sous-étapes qui diffèrent de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Parcours::Csv</name>
    <message>
        <source>the text is not UTF-8; save the file as &quot;CSV UTF-8&quot;</source>
        <translation>le texte n’est pas en UTF-8&#xa0;; enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;»</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1; a quote inside a field is written twice (&quot;&quot;)</source>
        <translation>texte après le guillemet fermant du champ %1&#xa0;; un guillemet à l’intérieur d’un champ s’écrit deux fois (&quot;&quot;)</translation>
    </message>
    <message>
        <source>unterminated quoted field: a quote opened here is never closed</source>
        <translation>champ entre guillemets non terminé&#xa0;: un guillemet ouvert ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>unterminated quoted field: the quote opened on line %1 is never closed</source>
        <translation>champ entre guillemets non terminé&#xa0;: le guillemet ouvert à la ligne %1 n’est jamais fermé</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header %1</source>
        <translation>le fichier est vide&#xa0;; la première ligne doit être l’en-tête %1</translation>
    </message>
    <message>
        <source>the header must be exactly %1 (found %2)</source>
        <translation>l’en-tête doit être exactement %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>expected %1 fields separated by &quot;%2&quot;, found %3</source>
        <translation>%1 champs séparés par «&#xa0;%2&#xa0;» attendus, %3 trouvés</translation>
    </message>
    <message>
        <source>a NUL character (byte 0) is not text; no field may hold it</source>
        <translation>un caractère NUL (octet 0) n’est pas du texte&#xa0;; aucun champ ne peut le contenir</translation>
    </message>
    <message>
        <source>the header must be exactly %1, optionally followed by %2 (found %3)</source>
        <translation>l’en-tête doit être exactement %1, éventuellement suivi de %2 (trouvé&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header %1, optionally followed by %2</source>
        <translation>le fichier est vide&#xa0;; la première ligne doit être l’en-tête %1, éventuellement suivi de %2</translation>
    </message>
</context>
<context>
    <name>Parcours::CurveActions</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparer a&amp;vec…</translation>
    </message>
    <message>
        <source>Overlay the curve of another journey, such as its to-be copy, and list the steps where it scores differently</source>
        <translation>Superposer la courbe d’un autre parcours, comme sa copie cible, et lister les sous-étapes où sa note diffère</translation>
    </message>
    <message>
        <source>Show &amp;Curves…</source>
        <translation>Afficher les cour&amp;bes…</translation>
    </message>
    <message>
        <source>Choose which personas&apos; curves the map shows</source>
        <translation>Choisir les courbes de personas que la carte montre</translation>
    </message>
    <message>
        <source>(None)</source>
        <translation>(Aucun)</translation>
    </message>
    <message>
        <source>(unnamed journey)</source>
        <translation>(parcours sans nom)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Overlay the curve of this journey (such as the to-be copy of “%1”):</source>
        <translation>Superposer la courbe de ce parcours (comme la copie cible de «&#xa0;%1&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>Afficher les courbes</translation>
    </message>
    <message>
        <source>Curves the map shows (posters print them all):</source>
        <translation>Courbes que la carte montre (les affiches les impriment toutes)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Parcours::CurveOverlay</name>
    <message>
        <source>%1, %2: %3
Drag to change it.</source>
        <translation>%1, %2&#xa0;: %3
Faites glisser pour la changer.</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(persona sans nom)</translation>
    </message>
</context>
<context>
    <name>Parcours::CurvePainter</name>
    <message>
        <source>(unnamed persona)</source>
        <translation>(persona sans nom)</translation>
    </message>
    <message>
        <source>(unnamed journey)</source>
        <translation>(parcours sans nom)</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Ce parcours</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::CurvesLegend</name>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Comparé avec %1</translation>
    </message>
</context>
<context>
    <name>Parcours::DashboardPage</name>
    <message>
        <source>&amp;Retention type:</source>
        <translation>Type de &amp;rétention&#xa0;:</translation>
    </message>
    <message>
        <source>Metrics per period</source>
        <translation>Indicateurs par période</translation>
    </message>
    <message>
        <source>⚠ Not changed: %1</source>
        <translation>⚠ Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>&amp;Ajouter une période</translation>
    </message>
    <message>
        <source>Add the period after the last one</source>
        <translation>Ajouter la période qui suit la dernière</translation>
    </message>
    <message>
        <source>&amp;Delete periods</source>
        <translation>&amp;Supprimer les périodes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>Co&amp;ller les lignes</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet at the current cell; rows past the end become new periods</source>
        <translation>Coller à la cellule courante des cellules copiées depuis un tableur&#xa0;; les lignes au-delà de la fin deviennent de nouvelles périodes</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter CSV…</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Renewal levers</source>
        <translation>Leviers de renouvellement</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Retention dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tableau de bord de rétention&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>(unnamed journey)</source>
        <translation>(parcours sans nom)</translation>
    </message>
    <message>
        <source>⚠ Nothing pasted: %1</source>
        <translation>⚠ Rien n’a été collé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import Metrics</source>
        <translation>Importer des indicateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import metrics</source>
        <translation>Impossible d’importer les indicateurs</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 ne peut pas être lu&#xa0;:
%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Rien n’a été importé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n periods imported</source>
        <translation>
            <numerusform>%n période importée</numerusform>
            <numerusform>%n périodes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods imported; </source>
        <translation>
            <numerusform>%n période importée&#xa0;; </numerusform>
            <numerusform>%n périodes importées&#xa0;; </numerusform>
        </translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>-metrics</source>
        <translation>-indicateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export metrics</source>
        <translation>Impossible d’exporter les indicateurs</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 ne peut pas être écrit&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Added %1 with its dates pre-filled. Type its counts from “Start”, Tab between them.</source>
        <translation>%1 ajouté, ses dates pré-remplies. Saisissez ses nombres à partir de «&#xa0;Début&#xa0;», Tab entre chacun.</translation>
    </message>
    <message>
        <source>Added %1 with its dates and “Start” pre-filled (%2: the previous period’s “End”). Type its counts from “Start”, Tab between them.</source>
        <translation>%1 ajouté, ses dates et «&#xa0;Début&#xa0;» pré-remplis (%2&#xa0;: la «&#xa0;Fin&#xa0;» de la période précédente). Saisissez ses nombres à partir de «&#xa0;Début&#xa0;», Tab entre chacun.</translation>
    </message>
    <message>
        <source>Fill from &amp;Events…</source>
        <translation>Déduire des &amp;événements…</translation>
    </message>
    <message>
        <source>Compute each month&apos;s DAU, MAU and customers from the imported usage events</source>
        <translation>Calculer les DAU, MAU et clients de chaque mois à partir des événements d’usage importés</translation>
    </message>
    <message>
        <source>The periods already hold what the events give.</source>
        <translation>Les périodes contiennent déjà ce que donnent les événements.</translation>
    </message>
    <message>
        <source>Fill from Events</source>
        <translation>Remplir depuis les événements</translation>
    </message>
    <message>
        <source>Periods whose typed values differ from the events&apos;: %1.
Replace those values with the computed ones?</source>
        <translation>Périodes dont les valeurs saisies diffèrent de celles des événements : %1.
Remplacer ces valeurs par les valeurs calculées ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep Typed Values</source>
        <translation>&amp;Garder les valeurs saisies</translation>
    </message>
    <message>
        <source>Computed from events: periods added: %1; values filled: %2.</source>
        <translation>Calculé depuis les événements : périodes ajoutées : %1 ; valeurs remplies : %2.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Italic&lt;/i&gt; counts were computed from the imported events (Fill from Events); a value you type replaces one, and a new fill replaces computed values without asking, never typed ones.</source>
        <translation>Les valeurs en &lt;i&gt;italique&lt;/i&gt; ont été calculées depuis les événements importés (Déduire des événements)&#xa0;; une valeur que vous tapez en remplace une, et un nouveau calcul remplace les valeurs calculées sans demander, jamais les valeurs tapées.</translation>
    </message>
</context>
<context>
    <name>Parcours::DashboardPosterContent</name>
    <message>
        <source>Retention dashboard</source>
        <translation>Tableau de bord de rétention</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Retention type: %1</source>
        <translation>Type de rétention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latest CRR %1 (%2), target %3–%4 %</source>
        <translation>Dernier CRR&#xa0;: %1 (%2), cible %3–%4&#xa0;%</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Retention dashboard — %1</source>
        <translation>Tableau de bord de rétention — %1</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Target CRR %1–%2 %</source>
        <translation>CRR cible %1–%2&#xa0;%</translation>
    </message>
    <message>
        <source>Impossible period, with its reason: left out of the charts</source>
        <translation>Période impossible, avec sa raison&#xa0;: exclue des graphiques</translation>
    </message>
    <message>
        <source>Renewal question answered no: a blocker</source>
        <translation>Question de renouvellement à réponse non&#xa0;: un point bloquant</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>CRR = (customers at end − new customers) / customers at start × 100</source>
        <translation>CRR = (clients en fin de période − nouveaux clients) / clients en début de période × 100</translation>
    </message>
    <message>
        <source>Churned = start + new − end</source>
        <translation>Perdus = début + nouveaux − fin</translation>
    </message>
    <message>
        <source>Stickiness = DAU / MAU</source>
        <translation>Stickiness = DAU / MAU</translation>
    </message>
    <message>
        <source>Metrics per period</source>
        <translation>Indicateurs par période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>No periods yet: add them on the dashboard or import a metrics CSV file.</source>
        <translation>Aucune période pour l’instant&#xa0;: ajoutez-en sur le tableau de bord ou importez un fichier CSV d’indicateurs.</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier periods not shown</source>
        <translation>
            <numerusform>… %n période antérieure non affichée</numerusform>
            <numerusform>… %n périodes antérieures non affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal levers</source>
        <translation>Leviers de renouvellement</translation>
    </message>
    <message>
        <source>No journeys yet.</source>
        <translation>Aucun parcours pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more journeys not shown</source>
        <translation>
            <numerusform>… %n autre parcours non affiché</numerusform>
            <numerusform>… %n autres parcours non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Stages needing work</source>
        <translation>Étapes à retravailler</translation>
    </message>
    <message>
        <source>Time-to-value</source>
        <translation>Délai de création de valeur</translation>
    </message>
    <message>
        <source>Largest drop-off</source>
        <translation>Plus forte déperdition</translation>
    </message>
</context>
<context>
    <name>Parcours::Edit</name>
    <message>
        <source>Change workspace</source>
        <translation>Modifier l’espace de travail</translation>
    </message>
    <message>
        <source>Change persona</source>
        <translation>Modifier le persona</translation>
    </message>
    <message>
        <source>Change use case</source>
        <translation>Modifier le cas d’utilisation</translation>
    </message>
    <message>
        <source>Change journey</source>
        <translation>Modifier le parcours</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Modifier l’étape</translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>Modifier la ligne</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Modifier la cellule</translation>
    </message>
    <message>
        <source>Change period</source>
        <translation>Modifier la période</translation>
    </message>
    <message>
        <source>Change renewal answer</source>
        <translation>Modifier la réponse de renouvellement</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <source>Add use case</source>
        <translation>Ajouter un cas d’utilisation</translation>
    </message>
    <message>
        <source>Delete use case</source>
        <translation>Supprimer le cas d’utilisation</translation>
    </message>
    <message>
        <source>Delete use cases</source>
        <translation>Supprimer les cas d’utilisation</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Ajouter un parcours</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Duplicate journey</source>
        <translation>Dupliquer le parcours</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>Supprimer la période</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Mark conversion stage</source>
        <translation>Marquer l’étape de conversion</translation>
    </message>
    <message>
        <source>Mark value-delivered stage</source>
        <translation>Marquer l’étape de valeur délivrée</translation>
    </message>
    <message>
        <source>Duplicate use case</source>
        <translation>Dupliquer le cas d’utilisation</translation>
    </message>
    <message>
        <source>Duplicate use cases</source>
        <translation>Dupliquer les cas d’utilisation</translation>
    </message>
    <message>
        <source>Delete periods</source>
        <translation>Supprimer les périodes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a journey imported under a name already taken</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: warning: a journey named &quot;%2&quot; is already in the workspace; imported as &quot;%3&quot;</source>
        <translation>%1&#xa0;: avertissement&#xa0;: un parcours nommé «&#xa0;%2&#xa0;» existe déjà dans l’espace de travail&#xa0;; importé sous le nom «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Move lane to group</source>
        <translation>Déplacer la ligne dans un groupe</translation>
    </message>
    <message>
        <source>Add blueprint lanes</source>
        <translation>Ajouter les lignes du plan de service</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <source>Frontstage actions</source>
        <translation>Actions visibles (front office)</translation>
    </message>
    <message>
        <source>Backstage actions</source>
        <translation>Actions invisibles (back office)</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Processus de support</translation>
    </message>
    <message>
        <source>an arrow joins two cells of this journey</source>
        <translation>une flèche relie deux cellules de ce parcours</translation>
    </message>
    <message>
        <source>an arrow joins two different cells</source>
        <translation>une flèche relie deux cellules différentes</translation>
    </message>
    <message>
        <source>an arrow joins cells of the same stage or of neighbouring stages</source>
        <translation>une flèche relie des cellules d’une même étape ou d’étapes voisines</translation>
    </message>
    <message>
        <source>Draw arrow</source>
        <translation>Tracer une flèche</translation>
    </message>
    <message>
        <source>Remove arrow</source>
        <translation>Supprimer la flèche</translation>
    </message>
    <message>
        <source>Change opportunity</source>
        <translation>Modifier l’opportunité</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Ajouter une opportunité</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Supprimer l’opportunité</translation>
    </message>
    <message>
        <source>Delete opportunities</source>
        <translation>Supprimer les opportunités</translation>
    </message>
    <message>
        <source>Link opportunity</source>
        <translation>Lier l’opportunité</translation>
    </message>
    <message>
        <source>Unlink opportunity</source>
        <translation>Délier l’opportunité</translation>
    </message>
    <message>
        <source>Make opportunity</source>
        <translation>Créer une opportunité</translation>
    </message>
    <message>
        <source>someone else deleted this opportunity</source>
        <translation>quelqu’un d’autre a supprimé cette opportunité</translation>
    </message>
    <message>
        <source>Raise how often: %1</source>
        <translation>Rendre plus fréquent&#xa0;: %1</translation>
    </message>
    <message>
        <source>untitled use case</source>
        <translation>cas d’utilisation sans titre</translation>
    </message>
    <message>
        <source>%1 does this %2 (%3), below monthly: the forgotten zone. Make it happen more often.</source>
        <translation>%1 le fait %2 (%3), moins d’une fois par mois&#xa0;: la zone oubliée. À rendre plus fréquent.</translation>
    </message>
    <message>
        <source>%1 does this with no frequency given yet.</source>
        <translation>%1 le fait sans fréquence indiquée pour l’instant.</translation>
    </message>
    <message>
        <source>Raise how often</source>
        <translation>Rendre plus fréquent</translation>
    </message>
    <message>
        <source>Vote for “%1”</source>
        <translation>Voter pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove a vote from “%1”</source>
        <translation>Retirer un vote à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Réinitialiser les votes</translation>
    </message>
    <message>
        <source>Set Pain-Point Severity</source>
        <translation>Définir la gravité du point de friction</translation>
    </message>
    <message>
        <source>Fill from Events</source>
        <translation>Remplir depuis les événements</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une sous-étape</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Renommer la sous-étape</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Déplacer la sous-étape</translation>
    </message>
    <message>
        <source>Move Step to Next Stage</source>
        <translation>Déplacer la sous-étape vers l’étape suivante</translation>
    </message>
    <message>
        <source>Move Step to Previous Stage</source>
        <translation>Déplacer la sous-étape vers l’étape précédente</translation>
    </message>
    <message>
        <source>%1 (2)</source>
        <translation>%1 (2)</translation>
    </message>
    <message>
        <source>Split Stage</source>
        <translation>Scinder l’étape</translation>
    </message>
    <message>
        <source>Merge Stages</source>
        <translation>Fusionner les étapes</translation>
    </message>
    <message>
        <source>Merge Steps</source>
        <translation>Fusionner les sous-étapes</translation>
    </message>
    <message>
        <source>Not changed: events are imported into a workspace file, not a shared workspace (import them into a file, then publish it)</source>
        <translation>Non modifié&#xa0;: les événements s’importent dans un fichier d’espace de travail, pas dans un espace de travail partagé (importez-les dans un fichier, puis publiez-le)</translation>
    </message>
    <message>
        <source>Re-import Events</source>
        <translation>Réimporter des événements</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Importer des événements</translation>
    </message>
    <message>
        <source>Remove Imported Events</source>
        <translation>Retirer des événements importés</translation>
    </message>
    <message>
        <source>Set Curve Point</source>
        <translation>Placer le point de la courbe</translation>
    </message>
    <message>
        <source>Remove Curve Point</source>
        <translation>Retirer le point de la courbe</translation>
    </message>
    <message>
        <source>Compare With Journey</source>
        <translation>Comparer avec le parcours</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <source>Change comment thread</source>
        <translation>Modifier le fil de commentaires</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Reply to Comment</source>
        <translation>Répondre au commentaire</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>Delete Comment Thread</source>
        <translation>Supprimer le fil de commentaires</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>Une vue doit avoir un nom.</translation>
    </message>
    <message>
        <source>This journey already has a view named &quot;%1&quot;.</source>
        <translation>Ce parcours a déjà une vue nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Save View &quot;%1&quot;</source>
        <translation>Enregistrer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>Change View &quot;%1&quot;</source>
        <translation>Modifier la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete View &quot;%1&quot;</source>
        <translation>Supprimer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not commented: %1 An administrator can let you comment with parcours admin init-server --commenter %2.</source>
        <translation>Non commenté&#xa0;: %1 Un administrateur peut vous permettre de commenter avec parcours admin init-server --commenter %2.</translation>
    </message>
</context>
<context>
    <name>Parcours::Edit::ImportNotes</name>
    <message>
        <source>%1: warning: 1 use case is already in the workspace; not added again</source>
        <translation>%1&#xa0;: avertissement&#xa0;: 1 cas d’utilisation est déjà dans l’espace de travail&#xa0;; pas ajouté une seconde fois</translation>
    </message>
    <message>
        <source>%1: warning: %2 use cases are already in the workspace; not added again</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2 cas d’utilisation sont déjà dans l’espace de travail&#xa0;; pas ajoutés une seconde fois</translation>
    </message>
    <message>
        <source>%1: warning: 1 metrics period is already in the workspace; not added again</source>
        <translation>%1&#xa0;: avertissement&#xa0;: 1 période d’indicateurs est déjà dans l’espace de travail&#xa0;; pas ajoutée une seconde fois</translation>
    </message>
    <message>
        <source>%1: warning: %2 metrics periods are already in the workspace; not added again</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2 périodes d’indicateurs sont déjà dans l’espace de travail&#xa0;; pas ajoutées une seconde fois</translation>
    </message>
    <message>
        <source>%1: warning: 1 opportunity is already in the workspace; not added again</source>
        <translation>%1&#xa0;: avertissement&#xa0;: 1 opportunité est déjà dans l’espace de travail&#xa0;; pas ajoutée une seconde fois</translation>
    </message>
    <message>
        <source>%1: warning: %2 opportunities are already in the workspace; not added again</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2 opportunités sont déjà dans l’espace de travail&#xa0;; pas ajoutées une seconde fois</translation>
    </message>
</context>
<context>
    <name>Parcours::EventInput</name>
    <message>
        <source>cannot decompress this file</source>
        <translation>impossible de décompresser ce fichier</translation>
    </message>
    <message>
        <source>the gzip data is damaged (%1)</source>
        <translation>les données gzip sont endommagées (%1)</translation>
    </message>
    <message>
        <source>the gzip file is truncated (it ends after %1 bytes)</source>
        <translation>le fichier gzip est tronqué (il s’arrête après %1 octets)</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MB</source>
        <translation>la ligne %1 dépasse %2 Mo</translation>
    </message>
</context>
<context>
    <name>Parcours::EventReader</name>
    <message>
        <source>Amplitude export</source>
        <translation>export Amplitude</translation>
    </message>
    <message>
        <source>no event name (&quot;event_type&quot;)</source>
        <translation>aucun nom d’événement («&#xa0;event_type&#xa0;»)</translation>
    </message>
    <message>
        <source>no user (&quot;user_id&quot; nor &quot;device_id&quot;)</source>
        <translation>aucun utilisateur (ni «&#xa0;user_id&#xa0;» ni «&#xa0;device_id&#xa0;»)</translation>
    </message>
    <message>
        <source>no time, or one that is not a timestamp (&quot;event_time&quot;)</source>
        <translation>aucune heure, ou une qui n’est pas un horodatage («&#xa0;event_time&#xa0;»)</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation>la ligne n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>pas du JSON&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>the file holds no events</source>
        <translation>le fichier ne contient aucun événement</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>JSON lines that are neither Mixpanel&apos;s export (event, properties) nor Amplitude&apos;s (event_type, user_id, event_time)</source>
        <translation>des lignes JSON qui ne sont ni l’export de Mixpanel (event, properties) ni celui d’Amplitude (event_type, user_id, event_time)</translation>
    </message>
    <message>
        <source>events CSV</source>
        <translation>CSV d’événements</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>%1 fields where the header names %2</source>
        <translation>%1 champs là où l’en-tête en nomme %2</translation>
    </message>
    <message>
        <source>the timestamp &quot;%1&quot; is not ISO 8601 nor Unix seconds or milliseconds</source>
        <translation>l’horodatage «&#xa0;%1&#xa0;» n’est ni de l’ISO 8601 ni des secondes ou millisecondes Unix</translation>
    </message>
    <message>
        <source>the user_id is empty</source>
        <translation>le user_id est vide</translation>
    </message>
    <message>
        <source>the event is empty</source>
        <translation>l’événement est vide</translation>
    </message>
    <message>
        <source>missing required column: %1 (the header must be user_id,event,timestamp[,persona])</source>
        <translation>colonne obligatoire manquante&#xa0;: %1 (l’en-tête doit être user_id,event,timestamp[,persona])</translation>
    </message>
    <message>
        <source>not an events file: the first line must be the header user_id,event,timestamp[,persona] or user_id,persona,event,month,count, or a JSON line of Mixpanel&apos;s or Amplitude&apos;s export</source>
        <translation>pas un fichier d’événements&#xa0;: la première ligne doit être l’en-tête user_id,event,timestamp[,persona] ou user_id,persona,event,month,count, ou une ligne JSON de l’export de Mixpanel ou d’Amplitude</translation>
    </message>
    <message>
        <source>Mixpanel export</source>
        <translation>export Mixpanel</translation>
    </message>
    <message>
        <source>no event name (&quot;event&quot;)</source>
        <translation>aucun nom d’événement («&#xa0;event&#xa0;»)</translation>
    </message>
    <message>
        <source>no user (&quot;properties.distinct_id&quot;)</source>
        <translation>aucun utilisateur («&#xa0;properties.distinct_id&#xa0;»)</translation>
    </message>
    <message>
        <source>no time, or one that is not a timestamp (&quot;properties.time&quot;)</source>
        <translation>aucune heure, ou une qui n’est pas un horodatage («&#xa0;properties.time&#xa0;»)</translation>
    </message>
    <message>
        <source>usage counts</source>
        <translation>comptes d’usage</translation>
    </message>
    <message>
        <source>the month &quot;%1&quot; is not YYYY-MM</source>
        <translation>le mois «&#xa0;%1&#xa0;» n’est pas AAAA-MM</translation>
    </message>
    <message>
        <source>the count &quot;%1&quot; is not a whole number from 0</source>
        <translation>le compte «&#xa0;%1&#xa0;» n’est pas un nombre entier à partir de 0</translation>
    </message>
</context>
<context>
    <name>Parcours::FrequencyDelegate</name>
    <message>
        <source>“%1” is not saved: %2. It stays in its cell until you correct it (or press Escape while editing it).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas enregistré&#xa0;: %2. Le texte reste dans sa cellule jusqu’à ce que vous le corrigiez (ou appuyez sur Échap en le modifiant).</translation>
    </message>
</context>
<context>
    <name>Parcours::FrequencyEditor</name>
    <message>
        <source>No frequency yet</source>
        <translation>Pas encore de fréquence</translation>
    </message>
    <message>
        <source>%1: below monthly ▽</source>
        <translation>%1&#xa0;: sous le mensuel ▽</translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <source>e.g. 3 times a week, every 5.5 years, twice a month</source>
        <translation>p. ex. 3 fois par semaine, tous les 5,5 ans, 2 fois par mois</translation>
    </message>
</context>
<context>
    <name>Parcours::FrequencySpectrumChart</name>
    <message>
        <source>Frequency spectrum — all personas</source>
        <translation>Spectre des fréquences — tous les personas</translation>
    </message>
    <message>
        <source>Frequency spectrum — %1</source>
        <translation>Spectre des fréquences — %1</translation>
    </message>
    <message>
        <source>How often (uses per month, logarithmic scale)</source>
        <translation>Fréquence (usages par mois, échelle logarithmique)</translation>
    </message>
    <message>
        <source>Forgotten zone (below monthly)</source>
        <translation>Zone oubliée (sous le mensuel)</translation>
    </message>
    <message>
        <source>Monthly line</source>
        <translation>Seuil mensuel</translation>
    </message>
    <message>
        <source>Frequency spectrum</source>
        <translation>Spectre des fréquences</translation>
    </message>
    <message numerus="yes">
        <source>%n use cases on a scale from rare to several a day</source>
        <translation>
            <numerusform>%n cas d’utilisation sur une échelle allant de rare à plusieurs fois par jour</numerusform>
            <numerusform>%n cas d’utilisation sur une échelle allant de rare à plusieurs fois par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below monthly (forgotten zone)</source>
        <translation>
            <numerusform>%n en dessous du mensuel (zone oubliée)</numerusform>
            <numerusform>%n en dessous du mensuel (zone oubliée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a frequency yet</source>
        <translation>
            <numerusform>%n encore sans fréquence</numerusform>
            <numerusform>%n encore sans fréquence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::HelpDialog</name>
    <message>
        <source>Parcours User Guide</source>
        <translation>Guide de l’utilisateur de Parcours</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
</context>
<context>
    <name>Parcours::ImportReportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::JourneyCanvas</name>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>Stages as columns and lanes as rows. Arrow keys move, Enter or typing edits, Alt+Up and Alt+Down change an emotion score.</source>
        <translation>Étapes en colonnes et lignes en rangées. Les flèches déplacent, Entrée ou la saisie modifie, Alt+Haut et Alt+Bas changent une note d’émotion.</translation>
    </message>
    <message>
        <source>Emotion %1, on a scale from %2 to %3.
Drag to change it, or press Alt+Up or Alt+Down.</source>
        <translation>Émotion %1, sur une échelle de %2 à %3.
Faites glisser pour la modifier, ou appuyez sur Alt+Haut ou Alt+Bas.</translation>
    </message>
    <message>
        <source>Type a score from %1 to %2, or nothing.</source>
        <translation>Saisissez une note de %1 à %2, ou rien.</translation>
    </message>
    <message>
        <source>One tag per line: Shift+Enter starts a new tag, Enter saves.</source>
        <translation>Une étiquette par ligne : Maj+Entrée commence une nouvelle étiquette, Entrée enregistre.</translation>
    </message>
    <message>
        <source>Customers entering: type a whole number from 0 to %1, or nothing to clear the count.</source>
        <translation>Clients entrants : tapez un nombre entier de 0 à %1, ou rien pour effacer le nombre.</translation>
    </message>
    <message>
        <source>Delete clears a cell. To delete this stage and all its cells, use Delete Stage (%1).</source>
        <translation>Suppr vide une cellule. Pour supprimer cette étape et toutes ses cellules, utilisez Supprimer l’étape (%1).</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>Parcours::JourneyCanvasAccessible</name>
    <message>
        <source>Stage %1, lane %2: %3</source>
        <translation>Étape %1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Emotion score from %1 to %2</source>
        <translation>Note d’émotion de %1 à %2</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Valeur délivrée</translation>
    </message>
    <message numerus="yes">
        <source>%n customers entering</source>
        <translation>
            <numerusform>%n client entrant</numerusform>
            <numerusform>%n clients entrants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % lost before the next stage</source>
        <translation>%1&#xa0;% perdus avant l’étape suivante</translation>
    </message>
    <message>
        <source>%1, the largest drop</source>
        <translation>%1, la plus forte baisse</translation>
    </message>
    <message>
        <source>Journey map %1</source>
        <translation>Carte de parcours %1</translation>
    </message>
    <message>
        <source>No journey shown.</source>
        <translation>Aucun parcours affiché.</translation>
    </message>
    <message>
        <source>%1 as columns, %2 as rows. Arrow keys move; Enter edits.</source>
        <translation>%1 en colonnes, %2 en rangées. Les flèches déplacent&#xa0;; Entrée modifie.</translation>
    </message>
    <message numerus="yes">
        <source>%n stages</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1, step %2, lane %3: %4</source>
        <translation>Étape %1, sous-étape %2, ligne %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Parcours::JourneyEditor</name>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>Lane &amp;Kind</source>
        <translation>&amp;Type de ligne</translation>
    </message>
    <message>
        <source>&amp;Emotion</source>
        <translation>&amp;Émotion</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Stages that need work</source>
        <translation>Étapes à retravailler</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtre des étapes</translation>
    </message>
    <message>
        <source>Show only the stages with an assessment</source>
        <translation>Afficher seulement les étapes ayant une évaluation</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add a stage after the current one (Insert)</source>
        <translation>Ajouter une étape après l’étape courante (Inser)</translation>
    </message>
    <message>
        <source>Insert Stage Before</source>
        <translation>Insérer une étape avant</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation>Déplacer l’étape à gauche</translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation>Déplacer l’étape à droite</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Conversion Stage</source>
        <translation>Étape de conversion</translation>
    </message>
    <message>
        <source>Value Delivered Here</source>
        <translation>Valeur délivrée ici</translation>
    </message>
    <message>
        <source>%1 Lane</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Hide Lane</source>
        <translation>Masquer la ligne</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Monter la ligne</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Descendre la ligne</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Duplicate Journey…</source>
        <translation>Dupliquer le parcours…</translation>
    </message>
    <message>
        <source>Copy this journey, e.g. to turn the as-is map into a to-be map</source>
        <translation>Copier ce parcours, p. ex. pour transformer la carte actuelle en carte cible</translation>
    </message>
    <message>
        <source>New from Template…</source>
        <translation>Nouveau depuis un modèle…</translation>
    </message>
    <message>
        <source>+ Stage</source>
        <translation>+ Étape</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Modèle…</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source> Show: </source>
        <translation> Afficher&#xa0;: </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Duplicate Journey</source>
        <translation>Dupliquer le parcours</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (to-be)</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>Delete the current stage and all its cells (%1)</source>
        <translation>Supprimer l’étape courante et toutes ses cellules (%1)</translation>
    </message>
    <message>
        <source>Opport&amp;unities (%1)</source>
        <translation>Opport&amp;unités (%1)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Audien&amp;ce view:</source>
        <translation>Vue par pu&amp;blic&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Parcours::JourneyLayout</name>
    <message>
        <source>(unnamed stage)</source>
        <translation>(étape sans nom)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Valeur délivrée</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>(unnamed lane)</source>
        <translation>(ligne sans nom)</translation>
    </message>
    <message>
        <source>name: value unit</source>
        <translation>nom&#xa0;: valeur unité</translation>
    </message>
    <message>
        <source>Customers entering</source>
        <translation>Clients entrants</translation>
    </message>
    <message>
        <source>%1 entering</source>
        <translation>%1 entrants</translation>
    </message>
    <message>
        <source>No count</source>
        <translation>Aucun nombre</translation>
    </message>
    <message>
        <source>%1 more enter %2 (+%3)</source>
        <translation>%1 de plus entrent dans %2 (+%3)</translation>
    </message>
    <message>
        <source>%1 lost before the next stage (%2)</source>
        <translation>%1 perdus avant l’étape suivante (%2)</translation>
    </message>
    <message>
        <source>%1 lost before %2 (%3)</source>
        <translation>%1 perdus avant %2 (%3)</translation>
    </message>
    <message>
        <source>Largest drop</source>
        <translation>Plus forte déperdition</translation>
    </message>
    <message>
        <source>(unnamed journey)</source>
        <translation>(parcours sans nom)</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <source>%1 need work</source>
        <translation>%1 à retravailler</translation>
    </message>
    <message>
        <source>Time to value: %1</source>
        <translation>Délai de création de valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Largest drop: %1 → %2, %3 % lost</source>
        <translation>Plus forte déperdition&#xa0;: %1 → %2, %3&#xa0;% perdus</translation>
    </message>
    <message>
        <source>Showing %1 of %2 stages</source>
        <translation>%1 étapes affichées sur %2</translation>
    </message>
    <message>
        <source>No stages yet: add one to start the map.</source>
        <translation>Aucune étape pour l’instant&#xa0;: ajoutez-en une pour commencer la carte.</translation>
    </message>
    <message>
        <source>No stage matches the filter.</source>
        <translation>Aucune étape ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Tags, one per line (Shift+Enter)</source>
        <translation>Étiquettes, une par ligne (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Ligne d’interaction</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Ligne d’interaction interne</translation>
    </message>
    <message>
        <source>1 point of failure</source>
        <translation>1 point de défaillance</translation>
    </message>
    <message>
        <source>%1 points of failure</source>
        <translation>%1 points de défaillance</translation>
    </message>
    <message>
        <source>1 wait</source>
        <translation>1 attente</translation>
    </message>
    <message>
        <source>%1 waits</source>
        <translation>%1 attentes</translation>
    </message>
    <message>
        <source>Pain points: %1</source>
        <translation>Points de friction&#xa0;: %1</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(sous-étape sans nom)</translation>
    </message>
</context>
<context>
    <name>Parcours::JourneyPanel</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Conversion stage</source>
        <translation>Étape de conversion</translation>
    </message>
    <message>
        <source>Value delivered here</source>
        <translation>Valeur délivrée ici</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nom de l’étape</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Description de l’étape</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Aucune couleur</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Couleur de l’étape</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Customers entering</source>
        <translation>Clients entrants</translation>
    </message>
    <message>
        <source>How many customers enter this stage; drop-off is computed from these counts.</source>
        <translation>Nombre de clients qui entrent dans cette étape&#xa0;; la déperdition est calculée à partir de ces nombres.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>De&amp;scription&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>C&amp;ouleur&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;tering:</source>
        <translation>En&amp;trants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>É&amp;valuation&#xa0;:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Journey name</source>
        <translation>Nom du parcours</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>Pe&amp;rsona&#xa0;:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Stage Colour</source>
        <translation>Couleur de l’étape</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <source>%1 need work</source>
        <translation>%1 à retravailler</translation>
    </message>
    <message>
        <source>Time to value:</source>
        <translation>Délai de création de valeur&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Largest drop:</source>
        <translation>Plus forte déperdition&#xa0;:</translation>
    </message>
    <message>
        <source>Enter how many customers enter each stage to see where they drop.</source>
        <translation>Indiquez combien de clients entrent dans chaque étape pour voir où ils décrochent.</translation>
    </message>
    <message>
        <source>Filter: showing %1 of %2 stages</source>
        <translation>Filtre&#xa0;: %1 étapes affichées sur %2</translation>
    </message>
    <message>
        <source>Pain points:</source>
        <translation>Points de friction&#xa0;:</translation>
    </message>
    <message>
        <source>%1 → %2: %3 %</source>
        <comment>the largest drop-off: from stage, to stage, share lost</comment>
        <translation>%1 → %2&#xa0;: %3&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a stage&apos;s name and its pain points by severity</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Parcours::JourneyPosterContent</name>
    <message>
        <source>Customer journey</source>
        <translation>Parcours client</translation>
    </message>
    <message>
        <source>(unnamed journey)</source>
        <translation>(parcours sans nom)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Conversion stage</source>
        <translation>Étape de conversion</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Valeur délivrée</translation>
    </message>
    <message>
        <source>Time to value: from conversion to value delivered</source>
        <translation>Délai de création de valeur&#xa0;: de la conversion à la valeur délivrée</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Déperdition</translation>
    </message>
    <message>
        <source>Customers entering the stage</source>
        <translation>Clients entrant dans l’étape</translation>
    </message>
    <message>
        <source>Largest share lost between two stages</source>
        <translation>Plus forte part perdue entre deux étapes</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Positive, up to %1</source>
        <translation>Positive, jusqu’à %1</translation>
    </message>
    <message>
        <source>Neutral, %1</source>
        <translation>Neutre, %1</translation>
    </message>
    <message>
        <source>Negative, down to %1</source>
        <translation>Négative, jusqu’à %1</translation>
    </message>
    <message>
        <source>Dashed: across stages without a score</source>
        <translation>En tirets&#xa0;: à travers les étapes sans note</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Hide lanes or filter stages to print less.</source>
        <translation>Masquez des lignes ou filtrez des étapes pour imprimer moins.</translation>
    </message>
    <message>
        <source>▸ from stage %1</source>
        <translation>▸ depuis l’étape %1</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Plan de service</translation>
    </message>
    <message>
        <source>%1: where the customer meets the service</source>
        <translation>%1&#xa0;: là où le client rencontre le service</translation>
    </message>
    <message>
        <source>%1: below it, what the customer does not see</source>
        <translation>%1&#xa0;: en dessous, ce que le client ne voit pas</translation>
    </message>
    <message>
        <source>%1: support processes and systems below it</source>
        <translation>%1&#xa0;: en dessous, les processus et systèmes de support</translation>
    </message>
    <message>
        <source>Point of failure</source>
        <translation>Point de défaillance</translation>
    </message>
    <message>
        <source>Wait, with its note</source>
        <translation>Attente, avec sa note</translation>
    </message>
    <message>
        <source>Arrow: one step leads to another, in the same stage or the next</source>
        <translation>Flèche&#xa0;: une action mène à une autre, dans la même étape ou la suivante</translation>
    </message>
    <message>
        <source>Pain-point severity</source>
        <translation>Gravité des points de friction</translation>
    </message>
    <message>
        <source>%1: an annoyance, the customer goes on</source>
        <translation>%1&#xa0;: une gêne, le client continue</translation>
    </message>
    <message>
        <source>%1: the customer finds a way around it</source>
        <translation>%1&#xa0;: le client trouve un moyen de s’en passer</translation>
    </message>
    <message>
        <source>%1: the customer gives up</source>
        <translation>%1&#xa0;: le client renonce</translation>
    </message>
</context>
<context>
    <name>Parcours::JourneyRenderer</name>
    <message>
        <source>F</source>
        <comment>point of failure, in a circle</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>W</source>
        <comment>wait, in a circle</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>Parcours::JourneySummaryWidget</name>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Stages needing work</source>
        <translation>Étapes à retravailler</translation>
    </message>
    <message>
        <source>Time-to-value</source>
        <translation>Délai de création de valeur</translation>
    </message>
    <message>
        <source>Largest drop-off</source>
        <translation>Plus forte déperdition</translation>
    </message>
    <message>
        <source>Renewal readiness</source>
        <translation>Préparation au renouvellement</translation>
    </message>
    <message>
        <source>From the conversion stage to the stage where the value is delivered</source>
        <translation>De l’étape de conversion à l’étape où la valeur est délivrée</translation>
    </message>
    <message>
        <source>Journey summary</source>
        <translation>Résumé du parcours</translation>
    </message>
    <message>
        <source>(unnamed journey)</source>
        <translation>(parcours sans nom)</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Lowest step</source>
        <translation>Sous-étape la plus basse</translation>
    </message>
    <message>
        <source>The step with the lowest emotion score, and its score</source>
        <translation>La sous-étape dont l’émotion est la plus basse, et sa note</translation>
    </message>
</context>
<context>
    <name>Parcours::MainWindow</name>
    <message>
        <source>Parcours workspaces (*.parcours);;All files (*)</source>
        <translation>Espaces de travail Parcours (*.parcours);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;Nouvel espace de travail</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>Ouvrir l’espace d’&amp;exemple</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>Ajouter un &amp;persona</translation>
    </message>
    <message>
        <source>Add &amp;Journey</source>
        <translation>Ajouter un parc&amp;ours</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;Customer-journey and use-case mapping for workshops, posters and product reviews.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;Cartes des parcours client et des cas d’utilisation pour les ateliers, les posters et les revues produit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The last change could not be written to %1:
%2

Use Save As to keep your work in another file.</source>
        <translation>La dernière modification n’a pas pu être écrite dans %1&#xa0;:
%2

Utilisez Enregistrer sous pour garder votre travail dans un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Impossible d’enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 ne peut pas être écrit&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Keep this workspace?</source>
        <translation>Garder cet espace de travail&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been saved to a file of your choice yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore été enregistré dans un fichier de votre choix.</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>⚠ Not saved</source>
        <translation>⚠ Non enregistré</translation>
    </message>
    <message>
        <source>✓ Saved (untitled)</source>
        <translation>✓ Enregistré (sans titre)</translation>
    </message>
    <message>
        <source>Every change is kept; use Save As to choose where.</source>
        <translation>Chaque modification est gardée&#xa0;; utilisez Enregistrer sous pour choisir où.</translation>
    </message>
    <message>
        <source>Undo the last change. Every change can be undone, even after saving.</source>
        <translation>Annuler la dernière modification. Toute modification peut être annulée, même après l’enregistrement.</translation>
    </message>
    <message>
        <source>Redo the change that was undone last.</source>
        <translation>Rétablir la dernière modification annulée.</translation>
    </message>
    <message>
        <source>Start an empty workspace. It is saved as you type; use Save As to choose its name and place.</source>
        <translation>Commencer un espace de travail vide. Il est enregistré au fil de la saisie&#xa0;; Enregistrer sous lui donne un nom et un emplacement.</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>Open a .parcours workspace file.</source>
        <translation>Ouvrir un fichier d’espace de travail .parcours.</translation>
    </message>
    <message>
        <source>Open a copy of HomeFinder, a sample product with personas and a journey. Your changes to it are not kept unless you save it.</source>
        <translation>Ouvrir une copie de HomeFinder, un produit d’exemple avec des personas et un parcours. Vos modifications ne sont gardées que si vous l’enregistrez.</translation>
    </message>
    <message>
        <source>Copy the workspace to a file of your choice and continue working there. There is no Save: every change is already written.</source>
        <translation>Copier l’espace de travail dans un fichier de votre choix et continuer à y travailler. Il n’y a pas de commande Enregistrer&#xa0;: chaque modification est déjà écrite.</translation>
    </message>
    <message>
        <source>Close the workspace and return to the welcome page. With no workspace open, close the window.</source>
        <translation>Fermer l’espace de travail et revenir à la page d’accueil. Sans espace de travail ouvert, fermer la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, default poster sheet, emotion scale and theme.</source>
        <translation>Langue, feuille des posters par défaut, échelle des émotions et thème.</translation>
    </message>
    <message>
        <source>Add a persona: a customer segment with its use-case map and expected engagement cadence.</source>
        <translation>Ajouter un persona&#xa0;: un segment de clientèle avec sa carte des cas d’utilisation et sa cadence d’engagement attendue.</translation>
    </message>
    <message>
        <source>Add a customer journey: stages of the collaboration with a customer, crossed by lanes.</source>
        <translation>Ajouter un parcours client&#xa0;: les étapes de la collaboration avec un client, croisées par des lignes.</translation>
    </message>
    <message>
        <source>Rename the persona or journey selected in the sidebar.</source>
        <translation>Renommer le persona ou le parcours sélectionné dans le panneau latéral.</translation>
    </message>
    <message>
        <source>Delete the persona or journey selected in the sidebar (Undo brings it back).</source>
        <translation>Supprimer le persona ou le parcours sélectionné dans le panneau latéral (Annuler le fait revenir).</translation>
    </message>
    <message>
        <source>The workspace&apos;s personas and journeys. A persona marked ▽ is in the forgotten zone: most of its use cases happen less than once a month. F2 renames, Delete deletes, the context menu adds.</source>
        <translation>Les personas et les parcours de l’espace de travail. Un persona marqué ▽ est dans la zone oubliée&#xa0;: la plupart de ses cas d’utilisation ont lieu moins d’une fois par mois. F2 renomme, Suppr supprime, le menu contextuel ajoute.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Personas, use-case maps, the forgotten zone, journeys and posters, explained.</source>
        <translation>Personas, cartes des cas d’utilisation, zone oubliée, parcours et posters&#xa0;: les explications.</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Qu’est-ce que c’est&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>New Journey from &amp;Template…</source>
        <translation>Nouveau parcours depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>Show Das&amp;hboard</source>
        <translation>Afficher le &amp;tableau de bord</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>E&amp;xport Poster or PDF…</source>
        <translation>Exporter &amp;l’affiche ou le PDF…</translation>
    </message>
    <message>
        <source>Open S&amp;hared Workspace…</source>
        <translation>Ouvrir un espace de travail parta&amp;gé…</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>Pu&amp;blier…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>The workspace is now shared as %1. Open it?</source>
        <translation>L’espace de travail est maintenant partagé sous %1. L’ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>The shared workspace %1 cannot be opened:
%2</source>
        <translation>L’espace de travail partagé %1 ne peut pas être ouvert&#xa0;:
%2</translation>
    </message>
    <message>
        <source> — shared: %1</source>
        <translation> — partagé&#xa0;: %1</translation>
    </message>
    <message>
        <source> — also open by %1</source>
        <translation> — également ouvert par %1</translation>
    </message>
    <message>
        <source>⚠ Disconnected</source>
        <translation>⚠ Déconnecté</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>✓ Shared — all changes saved on the server</source>
        <translation>✓ Partagé — toutes les modifications sont enregistrées sur le serveur</translation>
    </message>
    <message>
        <source>Saving the workspace as %1…</source>
        <translation>Enregistrement de l’espace de travail sous %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save As cancelled; nothing was written.</source>
        <translation>Enregistrement sous annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Untitled workspace last changed %1</source>
        <translation>Espace de travail sans titre modifié pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Travail non enregistré retrouvé</translation>
    </message>
    <message>
        <source>Parcours ended without saving an untitled workspace to a file of your choice. Its work is kept. Open it now?</source>
        <translation>Parcours s’est arrêté sans enregistrer un espace de travail sans titre dans un fichier de votre choix. Son contenu est conservé. L’ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Parcours ended without saving %1 untitled workspaces to files of your choice. Their work is kept. Open them now?</source>
        <translation>Parcours s’est arrêté sans enregistrer %1 espaces de travail sans titre dans des fichiers de votre choix. Leur contenu est conservé. Les ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>✓ All changes saved to %1</source>
        <translation>✓ Toutes les modifications sont enregistrées dans %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search the use cases of the persona shown.</source>
        <translation>Chercher dans les cas d’utilisation du persona affiché.</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>&amp;Use Cases</source>
        <translation>&amp;Cas d’utilisation</translation>
    </message>
    <message>
        <source>Wrote %1: %2. &lt;a href=&quot;open&quot;&gt;Open&lt;/a&gt; · &lt;a href=&quot;folder&quot;&gt;Show in folder&lt;/a&gt;</source>
        <translation>Écrit&#xa0;: %1 — %2. &lt;a href=&quot;open&quot;&gt;Ouvrir&lt;/a&gt; · &lt;a href=&quot;folder&quot;&gt;Afficher dans le dossier&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Untitled workspace</source>
        <translation>Espace de travail sans titre</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Show &amp;Opportunities</source>
        <translation>Afficher les opportu&amp;nités</translation>
    </message>
    <message>
        <source>Show the opportunities board: things to do, ranked by value, effort and votes.</source>
        <translation>Afficher le tableau des opportunités&#xa0;: les choses à faire, classées par valeur, effort et votes.</translation>
    </message>
    <message>
        <source>%1 — version %2 (read-only)</source>
        <translation>%1 — version %2 (lecture seule)</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>Saved version “%1”.</source>
        <translation>Version « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Keep the workspace as it is now as a labelled version, to open, compare or restore later (View &gt; Versions).</source>
        <translation>Garder l’espace de travail tel qu’il est maintenant comme version étiquetée, à ouvrir, comparer ou restaurer plus tard (Affichage &gt; Versions).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>Ve&amp;rsions</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s labelled versions: open one read-only, restore it, or see what changed since.</source>
        <translation>Afficher les versions étiquetées de l’espace de travail : en ouvrir une en lecture seule, la restaurer ou voir ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>This window shows a version: it cannot be changed.</source>
        <translation>Cette fenêtre montre une version : elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Cannot open the version</source>
        <translation>Impossible d’ouvrir la version</translation>
    </message>
    <message>
        <source>Version “%1” cannot be opened:
%2</source>
        <translation>La version « %1 » ne peut pas être ouverte :
%2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Show Co&amp;mments</source>
        <translation>Afficher les comm&amp;entaires</translation>
    </message>
    <message>
        <source>Show the Comments panel: the open comment threads and their items.</source>
        <translation>Afficher le panneau Commentaires&#xa0;: les fils de commentaires ouverts et leurs éléments.</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Commenter…</translation>
    </message>
    <message>
        <source>Comment on the current cell, stage, use case or persona without changing it.</source>
        <translation>Commenter la cellule, l’étape, le cas d’utilisation ou le persona courant sans le modifier.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present on &amp;Screen</source>
        <translation>Présenter sur l’é&amp;cran</translation>
    </message>
</context>
<context>
    <name>Parcours::MakeOpportunityMenu</name>
    <message>
        <source>Make an &amp;Opportunity</source>
        <translation>Créer une &amp;opportunité</translation>
    </message>
    <message>
        <source>Only in a lane of text</source>
        <translation>Seulement dans une ligne de texte</translation>
    </message>
    <message>
        <source>The cell is empty</source>
        <translation>La cellule est vide</translation>
    </message>
</context>
<context>
    <name>Parcours::MetricsTableModel</name>
    <message>
        <source>Impossible period, left out of the charts: %1</source>
        <translation>Période impossible, exclue des graphiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>CRR = (customers at end − new customers) / customers at start × 100
= (%1 − %2) / %3 × 100 = %4</source>
        <translation>CRR = (clients en fin de période − nouveaux clients) / clients en début de période × 100
= (%1 − %2) / %3 × 100 = %4</translation>
    </message>
    <message>
        <source>Churned = customers at start + new customers − customers at end
= %1 + %2 − %3 = %4</source>
        <translation>Perdus = clients en début de période + nouveaux clients − clients en fin de période
= %1 + %2 − %3 = %4</translation>
    </message>
    <message>
        <source>Enter DAU and MAU to see the stickiness</source>
        <translation>Saisissez les DAU et les MAU pour voir la stickiness</translation>
    </message>
    <message>
        <source>Stickiness = DAU / MAU = %1 / %2 = %3</source>
        <translation>Stickiness = DAU / MAU = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>First and last day of the period (a month or a quarter), as yyyy-mm-dd</source>
        <translation>Premier et dernier jour de la période (un mois ou un trimestre), au format aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Customers at the start of the period</source>
        <translation>Clients au début de la période</translation>
    </message>
    <message>
        <source>New customers acquired during the period</source>
        <translation>Nouveaux clients acquis pendant la période</translation>
    </message>
    <message>
        <source>Customers at the end of the period</source>
        <translation>Clients à la fin de la période</translation>
    </message>
    <message>
        <source>Daily active users (optional)</source>
        <translation>Utilisateurs actifs par jour (facultatif)</translation>
    </message>
    <message>
        <source>Monthly active users (optional)</source>
        <translation>Utilisateurs actifs par mois (facultatif)</translation>
    </message>
    <message>
        <source>Customer retention rate = (end − new) / start × 100; aim for 85–90 %</source>
        <translation>Taux de rétention client = (fin − nouveaux) / début × 100&#xa0;; visez 85–90&#xa0;%</translation>
    </message>
    <message>
        <source>Customers lost = start + new − end</source>
        <translation>Clients perdus = début + nouveaux − fin</translation>
    </message>
    <message>
        <source>Stickiness = DAU / MAU</source>
        <translation>Stickiness = DAU / MAU</translation>
    </message>
    <message>
        <source>Why a period is impossible; such periods are not charted</source>
        <translation>Pourquoi une période est impossible&#xa0;; ces périodes ne figurent pas dans les graphiques</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>Clients au début</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Customers at end</source>
        <translation>Clients à la fin</translation>
    </message>
    <message>
        <source>DAU</source>
        <translation>DAU</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>this column is computed</source>
        <translation>cette colonne est calculée</translation>
    </message>
    <message>
        <source>the workspace is read-only</source>
        <translation>l’espace de travail est en lecture seule</translation>
    </message>
    <message>
        <source>paste into the dates or counts; the other columns are computed</source>
        <translation>collez dans les dates ou les nombres&#xa0;; les autres colonnes sont calculées</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the clipboard holds no table</source>
        <translation>le presse-papiers ne contient aucun tableau</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Paste periods</source>
        <translation>Coller des périodes</translation>
    </message>
    <message>
        <source>Computed from events (Fill from Events); type a value to replace it</source>
        <translation>Calculé depuis les événements (Déduire des événements)&#xa0;; tapez une valeur pour le remplacer</translation>
    </message>
    <message>
        <source>In italics: computed from the imported events, not typed</source>
        <translation>En italique&#xa0;: calculé depuis les événements importés, pas tapé</translation>
    </message>
</context>
<context>
    <name>Parcours::NewJourneyDialog</name>
    <message>
        <source>New Journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Content &amp;language:</source>
        <translation>&amp;Langue du contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Journey &amp;name:</source>
        <translation>&amp;Nom du parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Start from a template for your retention type:</source>
        <translation>Partez d’un modèle adapté à votre type de rétention&#xa0;:</translation>
    </message>
    <message>
        <source>Blank journey (default lanes)</source>
        <translation>Parcours vide (lignes par défaut)</translation>
    </message>
    <message>
        <source>Three empty stages and the default lanes.</source>
        <translation>Trois étapes vides et les lignes par défaut.</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
</context>
<context>
    <name>Parcours::ObservedUsageTable</name>
    <message>
        <source>Use case</source>
        <translation>Cas d’utilisation</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Observed (median)</source>
        <translation>Observé (médiane)</translation>
    </message>
    <message>
        <source>Spread (25–75 %)</source>
        <translation>Dispersion (25–75 %)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Below monthly</source>
        <translation>Sous le mensuel</translation>
    </message>
    <message>
        <source>Declared vs observed</source>
        <translation>Déclaré contre observé</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>%1 – %2 a month</source>
        <translation>%1 – %2 par mois</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>✓ agree</source>
        <translation>✓ concordent</translation>
    </message>
</context>
<context>
    <name>Parcours::Opportunities</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Pari stratégique</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Bouche-trou</translation>
    </message>
    <message>
        <source>Money pit</source>
        <translation>Gouffre</translation>
    </message>
</context>
<context>
    <name>Parcours::OpportunityBoard</name>
    <message>
        <source>&amp;Add Opportunity</source>
        <translation>&amp;Ajouter une opportunité</translation>
    </message>
    <message>
        <source>&amp;Delete Opportunity</source>
        <translation>&amp;Supprimer l’opportunité</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>The workspace&apos;s opportunities, ranked by score: (customer value + business value) × (1 + share of the votes) / effort. Click a heading to sort, type or press F2 to edit a cell.</source>
        <translation>Les opportunités de l’espace de travail, classées par score&#xa0;: (valeur client + valeur métier) × (1 + part des votes) / effort. Cliquez sur un en-tête pour trier, tapez ou appuyez sur F2 pour modifier une cellule.</translation>
    </message>
    <message>
        <source>Search titles, owners, descriptions</source>
        <translation>Chercher dans les titres, responsables, descriptions</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any quadrant</source>
        <translation>Tous les quadrants</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Quadrant filter</source>
        <translation>Filtre de quadrant</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quadrant:</source>
        <translation>&amp;Quadrant&#xa0;:</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>P&amp;rint Board…</source>
        <translation>&amp;Imprimer le tableau…</translation>
    </message>
    <message>
        <source>E&amp;xport Board…</source>
        <translation>E&amp;xporter le tableau…</translation>
    </message>
    <message>
        <source>Journey filter</source>
        <translation>Filtre de parcours</translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation>Filtre de persona</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre de responsable</translation>
    </message>
    <message>
        <source>Print the value–effort matrix and the ranked list of the opportunities the filters keep, on one sheet or tiled.</source>
        <translation>Imprimer la matrice valeur–effort et la liste classée des opportunités que gardent les filtres, sur une feuille ou en mosaïque.</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>Par&amp;cours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Any journey</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>Toutes les personas</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
</context>
<context>
    <name>Parcours::OpportunityBoardPosterContent</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities, ranked by score</source>
        <translation>
            <numerusform>%n opportunité, classée par score</numerusform>
            <numerusform>%n opportunités, classées par score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n opportunities (filtered), ranked by score</source>
        <translation>
            <numerusform>%1 sur %n opportunité (filtrée), classée par score</numerusform>
            <numerusform>%1 sur %n opportunités (filtrées), classées par score</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunities — %1</source>
        <translation>Opportunités — %1</translation>
    </message>
    <message>
        <source>Status (marker shape)</source>
        <translation>Statut (forme du repère)</translation>
    </message>
    <message>
        <source>Reading the matrix</source>
        <translation>Lire la matrice</translation>
    </message>
    <message>
        <source>Score = (customer value + business value) × (1 + share of the votes) / effort</source>
        <translation>Score = (valeur client + valeur métier) × (1 + part des votes) / effort</translation>
    </message>
    <message>
        <source>Larger bubble: more votes</source>
        <translation>Bulle plus grande&#xa0;: plus de votes</translation>
    </message>
    <message>
        <source>Colour: the quadrant, also named in its corner</source>
        <translation>Couleur&#xa0;: le quadrant, nommé aussi dans son coin</translation>
    </message>
</context>
<context>
    <name>Parcours::OpportunityTableModel</name>
    <message>
        <source>(customer value + business value) × (1 + share of the votes) / effort</source>
        <translation>(valeur client + valeur métier) × (1 + part des votes) / effort</translation>
    </message>
    <message>
        <source>Value to customers, from 1 (little) to 5 (a lot)</source>
        <translation>Valeur pour les clients, de 1 (peu) à 5 (beaucoup)</translation>
    </message>
    <message>
        <source>Value to the business, from 1 (little) to 5 (a lot)</source>
        <translation>Valeur pour l’entreprise, de 1 (peu) à 5 (beaucoup)</translation>
    </message>
    <message>
        <source>Effort, from 1 (small) to 5 (large)</source>
        <translation>Effort, de 1 (faible) à 5 (élevé)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Valeur client</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Valeur métier</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Votes are a whole number, 0 or more.</source>
        <translation>Les votes sont un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>Values and effort are whole numbers from 1 to 5.</source>
        <translation>Les valeurs et l’effort sont des nombres entiers de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>Parcours::PainSeverity</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>Contournement</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>!T</source>
        <extracomment>The mark before a trivial pain point: exclamation marks and the name&apos;s first letter</extracomment>
        <translation>!M</translation>
    </message>
    <message>
        <source>!!W</source>
        <extracomment>The mark before a pain point with a workaround</extracomment>
        <translation>!!C</translation>
    </message>
    <message>
        <source>!!!A</source>
        <extracomment>The mark before a pain point that makes customers give up</extracomment>
        <translation>!!!A</translation>
    </message>
    <message numerus="yes">
        <source>%n abandonment</source>
        <translation>
            <numerusform>%n abandon</numerusform>
            <numerusform>%n abandons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workaround</source>
        <translation>
            <numerusform>%n contournement</numerusform>
            <numerusform>%n contournements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trivial</source>
        <translation>
            <numerusform>%n mineure</numerusform>
            <numerusform>%n mineures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::PasswordKeychain</name>
    <message>
        <source>the keychain denied access</source>
        <translation>le trousseau a refusé l’accès</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <source>no keychain service is available (such as GNOME Keyring or KWallet)</source>
        <translation>aucun service de trousseau n’est disponible (tel que GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <source>this build of Parcours has no keychain support</source>
        <translation>cette version de Parcours ne prend pas en charge le trousseau</translation>
    </message>
</context>
<context>
    <name>Parcours::PersonaForm</name>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>What &quot;active&quot; means for this persona: use cases less frequent than this are at risk of inactivity (⚠)</source>
        <translation>Ce que signifie «&#xa0;actif&#xa0;» pour ce persona&#xa0;: les cas d’utilisation moins fréquents présentent un risque d’inactivité (⚠)</translation>
    </message>
    <message>
        <source>optional, e.g. 0.6</source>
        <translation>facultatif, p. ex. 0,6</translation>
    </message>
    <message>
        <source>Share of the user base this persona stands for</source>
        <translation>Part de la base d’utilisateurs que représente ce persona</translation>
    </message>
    <message>
        <source>Who they are, what they need</source>
        <translation>Qui il est, ce dont il a besoin</translation>
    </message>
    <message>
        <source>Active means:</source>
        <translation>Actif signifie&#xa0;:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Poids&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Persona colour %1</source>
        <translation>Couleur du persona %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
</context>
<context>
    <name>Parcours::PosterDialog</name>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3&#xa0;mm)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation>&#xa0;mm</translation>
    </message>
    <message>
        <source>Poster preview</source>
        <translation>Aperçu de l’affiche</translation>
    </message>
    <message>
        <source>Print Poster</source>
        <translation>Imprimer l’affiche</translation>
    </message>
    <message>
        <source>Export Poster</source>
        <translation>Exporter l’affiche</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation>Largeur personnalisée</translation>
    </message>
    <message>
        <source>Custom height</source>
        <translation>Hauteur personnalisée</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>&amp;One sheet of the poster&apos;s size</source>
        <translation>&amp;Une seule feuille au format de l’affiche</translation>
    </message>
    <message>
        <source>&amp;Tiled across smaller sheets, to assemble</source>
        <translation>&amp;Des feuilles plus petites, en mosaïque à assembler</translation>
    </message>
    <message>
        <source>Automatic (fewest sheets)</source>
        <translation>Automatique (le moins de feuilles possible)</translation>
    </message>
    <message>
        <source>Version or notes, e.g. “v2, after the March workshop”</source>
        <translation>Version ou notes, p. ex. «&#xa0;v2, après l’atelier de mars&#xa0;»</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1&#xa0;dpi</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustom size:</source>
        <translation>Format personnal&amp;isé&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;rientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges&#xa0;:</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>Imprimer sur</translation>
    </message>
    <message>
        <source>S&amp;heet size:</source>
        <translation>Format des f&amp;euilles&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet orie&amp;ntation:</source>
        <translation>Orientation des feuille&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;verlap:</source>
        <translation>&amp;Chevauchement&#xa0;:</translation>
    </message>
    <message>
        <source>Title block and pictures</source>
        <translation>Cartouche et images</translation>
    </message>
    <message>
        <source>&amp;Notes line:</source>
        <translation>Ligne de &amp;notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PNG resolution:</source>
        <translation>&amp;Résolution PNG&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>%1.
Smallest text %2 pt.</source>
        <translation>%1.
Plus petit texte&#xa0;: %2&#xa0;pt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot print the poster</source>
        <translation>Impossible d’imprimer l’affiche</translation>
    </message>
    <message>
        <source>Printing the poster…</source>
        <translation>Impression de l’affiche…</translation>
    </message>
    <message>
        <source>Poster Preview — %1</source>
        <translation>Aperçu de l’affiche — %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .svg or .png.</source>
        <translation>Choisissez un nom de fichier qui se termine par .pdf, .svg ou .png.</translation>
    </message>
    <message>
        <source>Cannot export the poster</source>
        <translation>Impossible d’exporter l’affiche</translation>
    </message>
    <message>
        <source>Exporting the poster…</source>
        <translation>Exportation de l’affiche…</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Automatic (largest text)</source>
        <translation>Automatique (texte le plus grand)</translation>
    </message>
    <message>
        <source>1 (one band)</source>
        <translation>1 (une seule bande)</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Ran&amp;gées&#xa0;:</translation>
    </message>
    <message>
        <source>%1.
%2.</source>
        <translation>%1.
%2.</translation>
    </message>
    <message>
        <source>1 (one column)</source>
        <translation>1 (une seule colonne)</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>Co&amp;lonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Customer view on&amp;ly (leave out what is below the line of visibility)</source>
        <translation>Vue client seu&amp;lement (sans ce qui est sous la ligne de visibilité)</translation>
    </message>
    <message>
        <source>V&amp;iew:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Print &amp;comments (numbered on the map, listed below it)</source>
        <translation>Imprimer les commen&amp;taires (numérotés sur la carte, listés dessous)</translation>
    </message>
    <message>
        <source>The journey has no open comments.</source>
        <translation>Le parcours n’a pas de commentaire ouvert.</translation>
    </message>
</context>
<context>
    <name>Parcours::PosterExporter</name>
    <message>
        <source>SVG and PNG hold the whole poster in one picture: tiling applies to PDF and printing only.</source>
        <translation>SVG et PNG contiennent toute l’affiche en une seule image&#xa0;: la mosaïque ne s’applique qu’au PDF et à l’impression.</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>Format inconnu.</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>La génération du PDF n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The SVG writer could not start.</source>
        <translation>La génération du SVG n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>A resolution of %1 dpi is not supported.</source>
        <translation>Une résolution de %1&#xa0;dpi n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>Not enough memory for an image %1 pixels wide.</source>
        <translation>Mémoire insuffisante pour une image de %1&#xa0;pixels de large.</translation>
    </message>
    <message>
        <source>The printer could not start printing.</source>
        <translation>L’imprimante n’a pas pu commencer l’impression.</translation>
    </message>
    <message>
        <source>The printer stopped after %1 of %2 sheets.</source>
        <translation>L’imprimante s’est arrêtée après %1 feuilles sur %2.</translation>
    </message>
</context>
<context>
    <name>Parcours::PosterLayout</name>
    <message>
        <source>The poster size is not valid.</source>
        <translation>Le format de l’affiche n’est pas valide.</translation>
    </message>
    <message>
        <source>Margins of %1 mm leave no room on %2.</source>
        <translation>Des marges de %1&#xa0;mm ne laissent aucune place sur %2.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n’y a rien à imprimer.</translation>
    </message>
    <message>
        <source>The sheet size is not valid.</source>
        <translation>Le format de feuille n’est pas valide.</translation>
    </message>
    <message>
        <source>A tiled poster needs margins of at least %1 mm for the sheet labels and cut marks.</source>
        <translation>Une affiche en mosaïque nécessite des marges d’au moins %1&#xa0;mm pour les étiquettes des feuilles et les traits de coupe.</translation>
    </message>
    <message>
        <source>Margins of %1 mm leave no room on %2 sheets.</source>
        <translation>Des marges de %1&#xa0;mm ne laissent aucune place sur des feuilles %2.</translation>
    </message>
    <message>
        <source>An overlap of %1 mm is too large for %2 sheets: use less than %3 mm.</source>
        <translation>Un chevauchement de %1&#xa0;mm est trop grand pour des feuilles %2&#xa0;: utilisez moins de %3&#xa0;mm.</translation>
    </message>
    <message>
        <source>Turn it to %1.</source>
        <translation>Passez en %1.</translation>
    </message>
    <message>
        <source>Choose a poster of %1 or larger.</source>
        <translation>Choisissez une affiche %1 ou plus grande.</translation>
    </message>
    <message>
        <source>Choose %1 or larger, or print a tiled poster across several sheets.</source>
        <translation>Choisissez %1 ou plus grand, ou imprimez l’affiche en mosaïque sur plusieurs feuilles.</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>%1 %2 (%3 × %4 mm)</source>
        <translation>%1 %2 (%3 × %4&#xa0;mm)</translation>
    </message>
    <message>
        <source>One %1 sheet</source>
        <translation>Une feuille %1</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>too large (at most %1 mm per side)</source>
        <translation>trop grand (au plus %1&#xa0;mm de côté)</translation>
    </message>
    <message>
        <source>too small (at least %1 mm per side)</source>
        <translation>trop petit (au moins %1&#xa0;mm de côté)</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2&#xa0;mm</translation>
    </message>
    <message>
        <source>The tile sheet %1 is not smaller than the poster %2: print the poster on one sheet.</source>
        <translation>La feuille de mosaïque %1 n’est pas plus petite que l’affiche %2&#xa0;: imprimez l’affiche sur une seule feuille.</translation>
    </message>
    <message>
        <source>Margins of %1 mm leave only %2 × %3 mm of each %4 sheet to print on, too little for an overlap of %5 mm: use margins under %6 mm.</source>
        <translation>Des marges de %1&#xa0;mm ne laissent que %2 × %3&#xa0;mm imprimables sur chaque feuille %4, trop peu pour un chevauchement de %5&#xa0;mm&#xa0;: prenez des marges de moins de %6&#xa0;mm.</translation>
    </message>
    <message>
        <source>At %1 %2 the smallest text would be %3 pt, below the legible %4 pt.</source>
        <translation>En %1 %2, le plus petit texte ferait %3&#xa0;pt, sous le seuil de lisibilité de %4&#xa0;pt.</translation>
    </message>
    <message>
        <source>Turn it to %1 (%2).</source>
        <translation>Passez en %1 (%2).</translation>
    </message>
    <message>
        <source>Choose %1 or larger.</source>
        <translation>Choisissez %1 ou plus grand.</translation>
    </message>
    <message>
        <source>A custom size of at least %1 × %2 mm would do.</source>
        <translation>Un format personnalisé d’au moins %1 × %2&#xa0;mm conviendrait.</translation>
    </message>
    <message>
        <source>Even at %1 mm per side, the largest size a PDF page can have, the text would be too small.</source>
        <translation>Même à %1&#xa0;mm de côté, la plus grande taille possible d’une page PDF, le texte serait trop petit.</translation>
    </message>
    <message>
        <source>%1 would print it %2 % larger.</source>
        <translation>%1&#xa0;: l’impression serait %2&#xa0;% plus grande.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rangée</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rangées</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 colonne</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <source>%1 poster on 1 %2 %3 sheet</source>
        <translation>Affiche %1 sur 1 feuille %2 %3</translation>
    </message>
    <message>
        <source>%1 poster on %2 %3 %4 sheets: %5 × %6, %7 mm overlap</source>
        <translation>Affiche %1 sur %2 feuilles %3 %4&#xa0;: %5 × %6, chevauchement de %7&#xa0;mm</translation>
    </message>
    <message>
        <source>%1; only the %2 × %3 mm holding the content are printed, not the blank around it</source>
        <extracomment>%1 describes the poster and its sheets</extracomment>
        <translation>%1&#xa0;; seuls les %2 × %3&#xa0;mm qui portent le contenu sont imprimés, pas le blanc autour</translation>
    </message>
</context>
<context>
    <name>Parcours::PosterRenderer</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Row %1, column %2 · sheet %3 of %4 · %5</source>
        <translation>Rangée %1, colonne %2 · feuille %3 sur %4 · %5</translation>
    </message>
    <message>
        <source>Start with this sheet and lay the others over it, edges on the ▼ ▶ marks.</source>
        <translation>Commencez par cette feuille et posez les autres dessus, bords sur les repères ▼ ▶.</translation>
    </message>
    <message>
        <source>Trim the top and left edges on the cut marks; lay over the neighbours, edges on their ▼ ▶ marks.</source>
        <translation>Coupez les bords haut et gauche sur les traits de coupe&#xa0;; posez sur les feuilles voisines, bords sur leurs repères ▼ ▶.</translation>
    </message>
    <message>
        <source>%1, smallest text %2 pt</source>
        <extracomment>%1 is &quot;4 rows of 12–13 stages&quot;</extracomment>
        <translation>%1, plus petit texte %2&#xa0;pt</translation>
    </message>
    <message>
        <source>Wrap it into %1 rows (--rows auto): the smallest text would be %2 pt.</source>
        <translation>Répartissez-la sur %1 rangées (--rows auto)&#xa0;: le plus petit texte ferait %2&#xa0;pt.</translation>
    </message>
    <message>
        <source>Choose automatic rows: %1 rows would print the smallest text at %2 pt.</source>
        <translation>Choisissez des rangées automatiques&#xa0;: %1 rangées imprimeraient le plus petit texte à %2&#xa0;pt.</translation>
    </message>
    <message>
        <source>continued ▸</source>
        <translation>suite ▸</translation>
    </message>
    <message>
        <source>Wrapped into %1 rows (--rows auto), it would print at %2 pt; then: %3</source>
        <extracomment>%3 is what the wrapped poster needs: &quot;Choose A1 or larger.&quot;</extracomment>
        <translation>Répartie sur %1 rangées (--rows auto), elle s’imprimerait à %2&#xa0;pt&#xa0;; ensuite&#xa0;: %3</translation>
    </message>
    <message>
        <source>With automatic rows (%1 rows), it would print at %2 pt; then: %3</source>
        <translation>Avec des rangées automatiques (%1 rangées), elle s’imprimerait à %2&#xa0;pt&#xa0;; ensuite&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 columns, smallest text %2 pt</source>
        <extracomment>A use-case map flowed into columns</extracomment>
        <translation>%1 colonnes, plus petit texte %2&#xa0;pt</translation>
    </message>
    <message>
        <source>Flow it into %1 columns (--rows auto): the smallest text would be %2 pt.</source>
        <translation>Répartissez-la sur %1 colonnes (--rows auto)&#xa0;: le plus petit texte ferait %2&#xa0;pt.</translation>
    </message>
    <message>
        <source>Choose automatic columns: %1 columns would print the smallest text at %2 pt.</source>
        <translation>Choisissez des colonnes automatiques&#xa0;: %1 colonnes imprimeraient le plus petit texte à %2&#xa0;pt.</translation>
    </message>
    <message>
        <source>Flowed into %1 columns (--rows auto), it would print at %2 pt; then: %3</source>
        <extracomment>%3 is what the poster in columns needs: &quot;Choose A0 or larger.&quot;</extracomment>
        <translation>Répartie sur %1 colonnes (--rows auto), elle s’imprimerait à %2&#xa0;pt&#xa0;; ensuite&#xa0;: %3</translation>
    </message>
    <message>
        <source>With automatic columns (%1 columns), it would print at %2 pt; then: %3</source>
        <translation>Avec des colonnes automatiques (%1 colonnes), elle s’imprimerait à %2&#xa0;pt&#xa0;; ensuite&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Parcours::PosterRows</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>1 row of 1 stage</source>
        <translation>1 rangée de 1 étape</translation>
    </message>
    <message>
        <source>1 row of %1 stages</source>
        <translation>1 rangée de %1 étapes</translation>
    </message>
    <message>
        <source>%1 rows of 1 stage</source>
        <translation>%1 rangées de 1 étape</translation>
    </message>
    <message>
        <source>%1 rows of %2 stages</source>
        <translation>%1 rangées de %2 étapes</translation>
    </message>
</context>
<context>
    <name>Parcours::PosterViewChoice</name>
    <message>
        <source>All lanes</source>
        <translation>Tous les couloirs</translation>
    </message>
</context>
<context>
    <name>Parcours::PreferencesDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Poster sheet</source>
        <translation>Feuille des posters</translation>
    </message>
    <message>
        <source>Emotion scale</source>
        <translation>Échelle des émotions</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. Numbers and dates follow it too (a decimal comma in French).</source>
        <translation>La langue des menus, des boîtes de dialogue et des messages. Les nombres et les dates la suivent aussi (virgule décimale en français).</translation>
    </message>
    <message>
        <source>%1 (usual in your region)</source>
        <translation>%1 (habituel dans votre région)</translation>
    </message>
    <message>
        <source>The sheet a new poster starts on. Each poster can still use any size from A4 to A0, Letter or Tabloid, or be tiled.</source>
        <translation>La feuille sur laquelle commence un nouveau poster. Chaque poster peut toujours utiliser n’importe quel format du A4 au A0, Letter ou Tabloid, ou être imprimé en mosaïque.</translation>
    </message>
    <message>
        <source>−2 … +2 (neutral is 0)</source>
        <translation>−2 … +2 (neutre à 0)</translation>
    </message>
    <message>
        <source>1 … 5 (neutral is 3)</source>
        <translation>1 … 5 (neutre à 3)</translation>
    </message>
    <message>
        <source>How emotion scores are shown on journeys and posters. Only the display changes: the scores themselves stay the same.</source>
        <translation>Comment les notes d’émotion s’affichent sur les parcours et les posters. Seul l’affichage change&#xa0;: les notes elles-mêmes restent les mêmes.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;poster sheet:</source>
        <translation>&amp;Feuille des posters par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Emotion scale:</source>
        <translation>Échelle des é&amp;motions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The new language applies when Parcours starts again.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La nouvelle langue s’appliquera au prochain démarrage de Parcours.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new language applies when Parcours starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Parcours.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Reopen last workspace on start</source>
        <translation>&amp;Rouvrir le dernier espace au démarrage</translation>
    </message>
    <message>
        <source>Off: Parcours starts on the welcome page (templates, recent workspaces, the sample). On: it opens the workspace you had open last.</source>
        <translation>Décoché&#xa0;: Parcours démarre sur la page d’accueil (modèles, espaces récents, exemple). Coché&#xa0;: il ouvre l’espace de travail ouvert en dernier.</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Démarrage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Parcours::PresentationWindow</name>
    <message>
        <source>Presenting %1</source>
        <translation>Présentation de %1</translation>
    </message>
    <message>
        <source>No stages to present</source>
        <translation>Aucune étape à présenter</translation>
    </message>
    <message>
        <source>%1 — stage %2 of %3</source>
        <translation>%1 — étape %2 sur %3</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1, main screen</source>
        <translation>%1, écran principal</translation>
    </message>
</context>
<context>
    <name>Parcours::RenewalChecklist</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a journey to answer its renewal levers.</source>
        <translation>Choisissez un parcours pour répondre à ses leviers de renouvellement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Readiness %1 %&lt;/b&gt;: %2 (%3)</source>
        <translation>&lt;b&gt;Préparation %1&#xa0;%&lt;/b&gt;&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Renewal checklist</source>
        <translation>Liste de contrôle du renouvellement</translation>
    </message>
    <message>
        <source>Seed 000&apos;s renewal levers: answer each question yes, partly or no, with an optional note.</source>
        <translation>Les leviers de renouvellement de Seed 000&#xa0;: répondez à chaque question par oui, en partie ou non, avec une note facultative.</translation>
    </message>
    <message>
        <source>Renewal readiness</source>
        <translation>Préparation au renouvellement</translation>
    </message>
</context>
<context>
    <name>Parcours::RetentionChartViews</name>
    <message>
        <source>Customer retention rate chart</source>
        <translation>Graphique du taux de rétention client</translation>
    </message>
    <message>
        <source>Stickiness chart</source>
        <translation>Graphique de la stickiness</translation>
    </message>
    <message>
        <source>Forgotten zone chart</source>
        <translation>Graphique de la zone oubliée</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No period with a value yet.</source>
        <translation>Aucune période avec une valeur pour l’instant.</translation>
    </message>
    <message>
        <source>%1: %2 below monthly</source>
        <translation>%1&#xa0;: %2 en dessous du mensuel</translation>
    </message>
    <message>
        <source> (forgotten zone)</source>
        <translation> (zone oubliée)</translation>
    </message>
    <message>
        <source>No persona with a current use case and a frequency yet.</source>
        <translation>Aucun persona avec un cas d’utilisation actuel et une fréquence pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Parcours::RetentionCharts</name>
    <message>
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <source>Target 85–90 %</source>
        <translation>Cible 85–90&#xa0;%</translation>
    </message>
    <message>
        <source>Stickiness (DAU/MAU)</source>
        <translation>Stickiness (DAU/MAU)</translation>
    </message>
    <message>
        <source>Below monthly</source>
        <translation>Sous le mensuel</translation>
    </message>
    <message>
        <source>CRR: no complete period yet</source>
        <translation>CRR&#xa0;: aucune période complète pour l’instant</translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation>Taux de rétention client</translation>
    </message>
    <message>
        <source>Stickiness: no DAU and MAU yet</source>
        <translation>Stickiness&#xa0;: pas encore de DAU ni de MAU</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>DAU / MAU</source>
        <translation>DAU / MAU</translation>
    </message>
    <message>
        <source>Forgotten zone: no frequencies yet</source>
        <translation>Zone oubliée&#xa0;: aucune fréquence pour l’instant</translation>
    </message>
    <message>
        <source>Forgotten zone per persona</source>
        <translation>Zone oubliée par persona</translation>
    </message>
    <message>
        <source>below monthly</source>
        <translation>sous le mensuel</translation>
    </message>
    <message>
        <source>50 % threshold</source>
        <translation>Seuil de 50&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Parcours::SaveVersionDialog</name>
    <message>
        <source>Save Version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>A version keeps the workspace as it is on screen now, with its label, the date and your name. It never changes; you can open it, compare it or restore it from View &gt; Versions.</source>
        <translation>Une version garde l’espace de travail tel qu’il est à l’écran maintenant, avec son étiquette, la date et votre nom. Elle ne change plus ; vous pouvez l’ouvrir, la comparer ou la restaurer depuis Affichage &gt; Versions.</translation>
    </message>
    <message>
        <source>e.g. Post-workshop baseline</source>
        <translation>p. ex. Référence après l’atelier</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Étiquette de la version</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Étiquette :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>&amp;Enregistrer la version</translation>
    </message>
    <message>
        <source>Cannot save a version</source>
        <translation>Impossible d’enregistrer une version</translation>
    </message>
</context>
<context>
    <name>Parcours::SeverityMenu</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>A&amp;ucune</translation>
    </message>
    <message>
        <source>&amp;Trivial</source>
        <translation>&amp;Mineure</translation>
    </message>
    <message>
        <source>&amp;Workaround</source>
        <translation>&amp;Contournement</translation>
    </message>
    <message>
        <source>&amp;Abandonment</source>
        <translation>&amp;Abandon</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Gra&amp;vité</translation>
    </message>
    <message>
        <source>Only in a lane of text</source>
        <translation>Seulement dans une ligne de texte</translation>
    </message>
    <message>
        <source>The cell is empty</source>
        <translation>La cellule est vide</translation>
    </message>
</context>
<context>
    <name>Parcours::SharedBanner</name>
    <message>
        <source>Shared workspace status</source>
        <translation>État de l’espace de travail partagé</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the server now rather than at the next attempt</source>
        <translation>Tenter de joindre le serveur maintenant plutôt qu’à la prochaine tentative</translation>
    </message>
    <message>
        <source>Reconnecting now…</source>
        <translation>Reconnexion en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s.</source>
        <translation>
            <numerusform>Reconnexion dans %n&#xa0;s.</numerusform>
            <numerusform>Reconnexion dans %n&#xa0;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection to the server lost.&lt;/b&gt; %1 Read-only until then; every change reported as saved is safe.</source>
        <translation>&lt;b&gt;Connexion au serveur perdue.&lt;/b&gt; %1 Lecture seule d’ici là&#xa0;; toute modification signalée comme enregistrée est en sécurité.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection to the server lost: your last change was not saved.&lt;/b&gt; %1 Read-only until then; every change reported as saved is safe.</source>
        <translation>&lt;b&gt;Connexion au serveur perdue&#xa0;: votre dernière modification n’a pas été enregistrée.&lt;/b&gt; %1 Lecture seule d’ici là&#xa0;; toute modification signalée comme enregistrée est en sécurité.</translation>
    </message>
    <message>
        <source>Cause: %1.</source>
        <translation>Cause&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Parcours::SharedStore</name>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d’utilisation</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cellule</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>renewal answer</source>
        <translation>réponse de renouvellement</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>impossible de se connecter au serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no workspace &quot;%1&quot; in this database; publish one first (File &gt; Publish, or parcours publish FILE LOCATION)</source>
        <translation>la base de données ne contient aucun espace de travail «&#xa0;%1&#xa0;»&#xa0;; publiez-en un d’abord (Fichier &gt; Publier, ou parcours publish FICHIER EMPLACEMENT)</translation>
    </message>
    <message>
        <source>you have no access to workspace &quot;%1&quot;: an administrator can grant it with parcours admin init-server (--editor or --viewer)</source>
        <translation>vous n’avez pas accès à l’espace de travail «&#xa0;%1&#xa0;»&#xa0;: un administrateur peut vous l’accorder avec parcours admin init-server (--editor ou --viewer)</translation>
    </message>
    <message>
        <source>schema %1 holds no Parcours workspace</source>
        <translation>le schéma %1 ne contient aucun espace de travail Parcours</translation>
    </message>
    <message>
        <source>the workspace on the server was made by a newer version of Parcours (format %1; this version reads up to %2)</source>
        <translation>l’espace de travail sur le serveur a été créé par une version plus récente de Parcours (format %1&#xa0;; cette version lit jusqu’au format %2)</translation>
    </message>
    <message>
        <source>The workspace on the server was made by a newer version of Parcours (format %1): it opened read-only.</source>
        <translation>L’espace de travail sur le serveur a été créé par une version plus récente de Parcours (format %1)&#xa0;: il a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>the workspace on the server has the older format %1 and could not be upgraded (%2); an administrator can upgrade it with: parcours admin init-server %3</source>
        <translation>l’espace de travail sur le serveur a l’ancien format %1 et n’a pas pu être mis à niveau (%2)&#xa0;; un administrateur peut le mettre à niveau avec&#xa0;: parcours admin init-server %3</translation>
    </message>
    <message>
        <source>Upgraded the workspace on the server from format %1 to %2.</source>
        <translation>Espace de travail sur le serveur mis à niveau du format %1 au format %2.</translation>
    </message>
    <message>
        <source>cannot follow changes on the server: %1</source>
        <translation>impossible de suivre les modifications sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to the server is lost; Parcours is reconnecting. What you see is read-only until then; every change reported as saved is safe.</source>
        <translation>La connexion au serveur est perdue&#xa0;; Parcours se reconnecte. Ce que vous voyez est en lecture seule d’ici là&#xa0;; toute modification signalée comme enregistrée est en sécurité.</translation>
    </message>
    <message>
        <source>The workspace on the server was made by a newer version of Parcours: it is read-only here.</source>
        <translation>L’espace de travail sur le serveur a été créé par une version plus récente de Parcours&#xa0;: il est ici en lecture seule.</translation>
    </message>
    <message>
        <source>You have view-only access to this shared workspace: you can read, print and export it, not change it.</source>
        <translation>Vous avez un accès en lecture seule à cet espace de travail partagé&#xa0;: vous pouvez le lire, l’imprimer et l’exporter, mais pas le modifier.</translation>
    </message>
    <message>
        <source>The shared workspace was opened read-only.</source>
        <translation>L’espace de travail partagé a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: others changed the same things at the same moment; their version is shown.</source>
        <translation>Non enregistré&#xa0;: d’autres ont modifié les mêmes éléments au même moment&#xa0;; leur version est affichée.</translation>
    </message>
    <message>
        <source>Not saved: the connection to the server was lost. %1</source>
        <translation>Non enregistré&#xa0;: la connexion au serveur a été perdue. %1</translation>
    </message>
    <message>
        <source>Not saved: the server refused the change. %1</source>
        <translation>Non enregistré&#xa0;: le serveur a refusé la modification. %1</translation>
    </message>
    <message>
        <source>Not saved: what it belongs to was deleted by someone else.</source>
        <translation>Non enregistré&#xa0;: l’élément parent a été supprimé par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Not saved: the server refused the change (%1). The workspace shows what the server has.</source>
        <translation>Non enregistré&#xa0;: le serveur a refusé la modification (%1). L’espace de travail affiche ce que contient le serveur.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this %1 at the same time; their version is shown.</source>
        <translation>Non enregistré&#xa0;: quelqu’un d’autre a modifié cet élément (%1) en même temps&#xa0;; sa version est affichée.</translation>
    </message>
    <message>
        <source>Not deleted: someone else changed this %1 after you last saw it; their version is shown.</source>
        <translation>Non supprimé&#xa0;: quelqu’un d’autre a modifié cet élément (%1) depuis que vous l’avez vu&#xa0;; sa version est affichée.</translation>
    </message>
    <message>
        <source>Not saved: someone else deleted this %1.</source>
        <translation>Non enregistré&#xa0;: quelqu’un d’autre a supprimé cet élément (%1).</translation>
    </message>
    <message>
        <source>They wrote “%1”.</source>
        <translation>Sa version&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; is incomplete: publishing it was interrupted; publish it again</source>
        <translation>l’espace de travail «&#xa0;%1&#xa0;» est incomplet&#xa0;: sa publication a été interrompue&#xa0;; publiez-le à nouveau</translation>
    </message>
    <message>
        <source>Not saved: the connection to the server was lost: %1. %2</source>
        <translation>Non enregistré&#xa0;: la connexion au serveur a été perdue&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <source>Not saved: events are imported into a workspace file, not a shared workspace</source>
        <translation>Non enregistré&#xa0;: les événements s’importent dans un fichier d’espace de travail, pas dans un espace de travail partagé</translation>
    </message>
    <message>
        <source>comment thread</source>
        <translation>fil de commentaires</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>You may read and comment on this shared workspace, not change it.</source>
        <translation>Vous pouvez lire et commenter cet espace de travail partagé, mais pas le modifier.</translation>
    </message>
</context>
<context>
    <name>Parcours::SharedUsageImport</name>
    <message>
        <source>the PostgreSQL driver gives no connection handle</source>
        <translation>le pilote PostgreSQL ne donne pas d’accès à sa connexion</translation>
    </message>
    <message>
        <source>a NUL character (byte 0) is not text; no field may hold it</source>
        <translation>un caractère NUL (octet 0) n’est pas du texte&#xa0;; aucun champ ne peut le contenir</translation>
    </message>
</context>
<context>
    <name>Parcours::SharedWorkspaceDialog</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Open Shared Workspace</source>
        <translation>Ouvrir un espace de travail partagé</translation>
    </message>
    <message>
        <source>Publish to a Server</source>
        <translation>Publier sur un serveur</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>p. ex. db.example.com</translation>
    </message>
    <message>
        <source>same as the user name</source>
        <translation>identique au nom d’utilisateur</translation>
    </message>
    <message>
        <source>your database user</source>
        <translation>votre utilisateur de base de données</translation>
    </message>
    <message>
        <source>from PGPASSWORD, ~/.pgpass or the keychain</source>
        <translation>depuis PGPASSWORD, ~/.pgpass ou le trousseau</translation>
    </message>
    <message>
        <source>This build of Parcours has no keychain support.</source>
        <translation>Cette version de Parcours ne prend pas en charge le trousseau.</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>TLS de préférence</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Exiger TLS</translation>
    </message>
    <message>
        <source>Require TLS, verify the server&apos;s certificate</source>
        <translation>Exiger TLS, vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Require TLS, verify the certificate authority</source>
        <translation>Exiger TLS, vérifier l’autorité de certification</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Sans TLS</translation>
    </message>
    <message>
        <source>lower-case letters, digits, _</source>
        <translation>lettres minuscules, chiffres, _</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replace the workspace&apos;s content if it has some</source>
        <translation>&amp;Remplacer le contenu de l’espace de travail s’il n’est pas vide</translation>
    </message>
    <message>
        <source>A shared workspace lives on your team&apos;s PostgreSQL server; everyone who opens it sees the others&apos; changes within a second.</source>
        <translation>Un espace de travail partagé réside sur le serveur PostgreSQL de votre équipe&#xa0;; chaque personne qui l’ouvre voit les modifications des autres en moins d’une seconde.</translation>
    </message>
    <message>
        <source>Copies this workspace to your team&apos;s PostgreSQL server, where several people can open and edit it at once.</source>
        <translation>Copie cet espace de travail sur le serveur PostgreSQL de votre équipe, où plusieurs personnes peuvent l’ouvrir et le modifier en même temps.</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Ligne de commande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>A workspace name has 1 to 40 lower-case letters, digits and _, and starts with a letter.</source>
        <translation>Un nom d’espace de travail compte de 1 à 40 lettres minuscules, chiffres et _, et commence par une lettre.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>Publishing the workspace…</source>
        <translation>Publication de l’espace de travail…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Impossible de publier</translation>
    </message>
    <message>
        <source>The workspace was not published to %1:
%2</source>
        <translation>L’espace de travail n’a pas été publié sur %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1.

Parcours uses it until you quit; next time, type it again or keep it in ~/.pgpass.</source>
        <translation>Le mot de passe n’a pas pu être conservé dans le trousseau du système&#xa0;: %1.

Parcours l’utilise jusqu’à ce que vous quittiez&#xa0;; la prochaine fois, saisissez-le à nouveau ou conservez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Shared Workspace</source>
        <translation>Espace de travail partagé</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>Parcours::StepActions</name>
    <message>
        <source>&amp;Steps</source>
        <translation>Sous-étap&amp;es</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>&amp;Ajouter une sous-étape</translation>
    </message>
    <message>
        <source>Add a step after the current one, in its stage (Alt+Insert)</source>
        <translation>Ajouter une sous-étape après la courante, dans son étape (Alt+Inser)</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle sous-étape</translation>
    </message>
    <message>
        <source>&amp;Rename Step…</source>
        <translation>&amp;Renommer la sous-étape…</translation>
    </message>
    <message>
        <source>Rename the current step (Alt+F2)</source>
        <translation>Renommer la sous-étape courante (Alt+F2)</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Renommer la sous-étape</translation>
    </message>
    <message>
        <source>Step name:</source>
        <translation>Nom de la sous-étape&#xa0;:</translation>
    </message>
    <message>
        <source>Move Step &amp;Left</source>
        <translation>Déplacer la sous-étape à &amp;gauche</translation>
    </message>
    <message>
        <source>Move the current step before the previous one (Ctrl+Alt+Left)</source>
        <translation>Placer la sous-étape courante avant la précédente (Ctrl+Alt+Gauche)</translation>
    </message>
    <message>
        <source>Move Step R&amp;ight</source>
        <translation>Déplacer la sous-étape à &amp;droite</translation>
    </message>
    <message>
        <source>Move the current step after the next one (Ctrl+Alt+Right)</source>
        <translation>Placer la sous-étape courante après la suivante (Ctrl+Alt+Droite)</translation>
    </message>
    <message>
        <source>Move Step to &amp;Previous Stage</source>
        <translation>Déplacer la sous-étape vers l’étape &amp;précédente</translation>
    </message>
    <message>
        <source>Move the current step to the end of the previous stage</source>
        <translation>Placer la sous-étape courante à la fin de l’étape précédente</translation>
    </message>
    <message>
        <source>Move Step to &amp;Next Stage</source>
        <translation>Déplacer la sous-étape vers l’étape &amp;suivante</translation>
    </message>
    <message>
        <source>Move the current step to the start of the next stage</source>
        <translation>Placer la sous-étape courante au début de l’étape suivante</translation>
    </message>
    <message>
        <source>Spli&amp;t Stage Here</source>
        <translation>Scinder l’é&amp;tape ici</translation>
    </message>
    <message>
        <source>Make the current step and those after it a new stage (Ctrl+Alt+S)</source>
        <translation>Faire de la sous-étape courante et des suivantes une nouvelle étape (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous Step</source>
        <translation>&amp;Fusionner avec la sous-étape précédente</translation>
    </message>
    <message>
        <source>Join the current step&apos;s cells to the step before it (Ctrl+Alt+M)</source>
        <translation>Joindre les cellules de la sous-étape courante à celle qui la précède (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Merge Stage with Pre&amp;vious</source>
        <translation>Fusionner l’étape avec la pré&amp;cédente</translation>
    </message>
    <message>
        <source>Join the current stage&apos;s steps to the end of the previous stage</source>
        <translation>Joindre les sous-étapes de l’étape courante à la fin de l’étape précédente</translation>
    </message>
</context>
<context>
    <name>Parcours::StepRowItem</name>
    <message>
        <source>Drag a step&apos;s name to move the step within its stage, or to the end of the previous stage or the start of the next one. Escape cancels.</source>
        <translation>Faites glisser le nom d’une sous-étape pour la déplacer dans son étape, ou à la fin de l’étape précédente ou au début de la suivante. Échap annule.</translation>
    </message>
</context>
<context>
    <name>Parcours::UsageImport</name>
    <message>
        <source>the header of a users file must be user_id,persona</source>
        <translation>l’en-tête d’un fichier d’utilisateurs doit être user_id,persona</translation>
    </message>
    <message>
        <source>not two fields user_id,persona</source>
        <translation>pas deux champs user_id,persona</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation>la ligne n’est pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>Parcours::UsageJson</name>
    <message>
        <source>not observed usage as Parcours writes it</source>
        <translation>pas un usage observé tel que Parcours l’écrit</translation>
    </message>
</context>
<context>
    <name>Parcours::UsageRows</name>
    <message>
        <source>the observed usage&apos;s users are not numbered 0, 1, 2 …</source>
        <translation>les utilisateurs de l’usage observé ne sont pas numérotés 0, 1, 2 …</translation>
    </message>
    <message>
        <source>an observed usage count refers to no source or no user</source>
        <translation>un compte d’usage observé ne renvoie à aucune source ou à aucun utilisateur</translation>
    </message>
</context>
<context>
    <name>Parcours::UseCaseMapEditor</name>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <source>Add use case</source>
        <translation>Ajouter un cas d’utilisation</translation>
    </message>
    <message>
        <source>Add a use case after the current row</source>
        <translation>Ajouter un cas d’utilisation après la ligne courante</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected use cases</source>
        <translation>Dupliquer les cas d’utilisation sélectionnés</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Delete the selected use cases (Delete on whole rows)</source>
        <translation>Supprimer les cas d’utilisation sélectionnés (Suppr sur des lignes entières)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the current use case up</source>
        <translation>Monter le cas d’utilisation courant</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the current use case down</source>
        <translation>Descendre le cas d’utilisation courant</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text for a spreadsheet</source>
        <translation>Copier les cellules sélectionnées sous forme de texte séparé par des tabulations, pour un tableur</translation>
    </message>
    <message>
        <source>Paste rows or cells copied from a spreadsheet</source>
        <translation>Coller des lignes ou des cellules copiées depuis un tableur</translation>
    </message>
    <message>
        <source>All use cases</source>
        <translation>Tous les cas d’utilisation</translation>
    </message>
    <message>
        <source>▽ Forgotten zone only</source>
        <translation>▽ Zone oubliée seulement</translation>
    </message>
    <message>
        <source>⚠ At risk of inactivity</source>
        <translation>⚠ Risque d’inactivité</translation>
    </message>
    <message>
        <source>Current only</source>
        <translation>Actuels seulement</translation>
    </message>
    <message>
        <source>Planned only</source>
        <translation>Prévus seulement</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Spectrum of:</source>
        <translation>Spectre de&#xa0;:</translation>
    </message>
    <message>
        <source>This persona</source>
        <translation>Ce persona</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Tous les personas</translation>
    </message>
    <message>
        <source>No use case with a frequency yet</source>
        <translation>Aucun cas d’utilisation avec une fréquence pour l’instant</translation>
    </message>
    <message>
        <source>▽ &lt;b&gt;In the forgotten zone&lt;/b&gt;</source>
        <translation>▽ &lt;b&gt;Dans la zone oubliée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Not in the forgotten zone&lt;/b&gt;</source>
        <translation>✓ &lt;b&gt;Hors de la zone oubliée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every counted use case has a weight: weights decide</source>
        <translation>Chaque cas d’utilisation compté a un poids&#xa0;: les poids décident</translation>
    </message>
    <message>
        <source>Counted by use cases (give every row a weight to count by weight)</source>
        <translation>Compté par cas d’utilisation (donnez un poids à chaque ligne pour compter par poids)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>With planned use cases</source>
        <translation>Avec les cas d’utilisation prévus</translation>
    </message>
    <message>
        <source>No planned use case yet: set a row&apos;s status to Planned to see whether a new feature would change the verdict.</source>
        <translation>Aucun cas d’utilisation prévu pour l’instant&#xa0;: passez le statut d’une ligne à Prévu pour voir si une nouvelle fonctionnalité changerait le verdict.</translation>
    </message>
    <message>
        <source>The planned use cases would pull this persona out of the forgotten zone.</source>
        <translation>Les cas d’utilisation prévus sortiraient ce persona de la zone oubliée.</translation>
    </message>
    <message>
        <source>Set what &quot;active&quot; means for this persona (daily, weekly, monthly) to see which use cases put it at risk of inactivity.</source>
        <translation>Définissez ce que signifie «&#xa0;actif&#xa0;» pour ce persona (quotidien, hebdomadaire, mensuel) pour voir quels cas d’utilisation l’exposent à un risque d’inactivité.</translation>
    </message>
    <message>
        <source>Every current use case meets the %1 cadence.</source>
        <translation>Chaque cas d’utilisation actuel respecte la cadence %1.</translation>
    </message>
    <message>
        <source>⚠ 1 current use case below the %1 cadence: at risk of inactivity.</source>
        <translation>⚠ 1 cas d’utilisation actuel sous la cadence %1&#xa0;: risque d’inactivité.</translation>
    </message>
    <message>
        <source>⚠ %1 current use cases below the %2 cadence: at risk of inactivity.</source>
        <translation>⚠ %1 cas d’utilisation actuels sous la cadence %2&#xa0;: risque d’inactivité.</translation>
    </message>
    <message>
        <source>Clear the sort (click the sorted column until its arrow goes) to reorder rows</source>
        <translation>Annulez le tri (cliquez sur la colonne triée jusqu’à ce que sa flèche disparaisse) pour réordonner les lignes</translation>
    </message>
    <message>
        <source>Print Use-Case Map</source>
        <translation>Imprimer la carte des cas d’utilisation</translation>
    </message>
    <message>
        <source>Use-Case Map Preview</source>
        <translation>Aperçu de la carte des cas d’utilisation</translation>
    </message>
    <message>
        <source>Export Use-Case Map as PDF</source>
        <translation>Exporter la carte des cas d’utilisation en PDF</translation>
    </message>
    <message>
        <source>Use-case map — %1</source>
        <translation>Carte des cas d’utilisation — %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>Impossible d’exporter le PDF</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 ne peut pas être écrit&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>pas encore de verdict</translation>
    </message>
    <message numerus="yes">
        <source>Observed in the events (%n active users)</source>
        <translation>
            <numerusform>Observé dans les événements (%n utilisateur actif)</numerusform>
            <numerusform>Observé dans les événements (%n utilisateurs actifs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive today, beyond the expected cadence: %1</source>
        <translation>Inactifs aujourd’hui, au-delà de la cadence attendue : %1</translation>
    </message>
    <message>
        <source>no use case names events seen yet</source>
        <translation>aucun cas d’utilisation ne nomme encore d’événements vus</translation>
    </message>
</context>
<context>
    <name>Parcours::UseCaseOpportunities</name>
    <message>
        <source>One opportunity is linked to this use case</source>
        <translation>Une opportunité est liée à ce cas d’utilisation</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities are linked to this use case</source>
        <translation>
            <numerusform>%n opportunité est liée à ce cas d’utilisation</numerusform>
            <numerusform>%n opportunités sont liées à ce cas d’utilisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise &amp;How Often…</source>
        <translation>Rendre plus &amp;fréquent…</translation>
    </message>
    <message>
        <source>Make an opportunity of this forgotten-zone use case: how could the persona do it more often?</source>
        <translation>Faire une opportunité de ce cas d’utilisation de la zone oubliée&#xa0;: comment le persona pourrait-il le faire plus souvent&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Opportunities (%1)</source>
        <translation>&amp;Opportunités (%1)</translation>
    </message>
</context>
<context>
    <name>Parcours::UseCaseTableModel</name>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <source>%1: below monthly (forgotten zone)</source>
        <translation>%1&#xa0;: sous le mensuel (zone oubliée)</translation>
    </message>
    <message>
        <source>Below this persona&apos;s %1 cadence: at risk of inactivity</source>
        <translation>Sous la cadence %1 de ce persona&#xa0;: risque d’inactivité</translation>
    </message>
    <message>
        <source>Planned: counts only in the verdict with planned use cases</source>
        <translation>Prévu&#xa0;: compte seulement dans le verdict avec les cas d’utilisation prévus</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Planned: a feature or satellite product not built yet</source>
        <translation>Prévu&#xa0;: une fonctionnalité ou un produit satellite pas encore réalisé</translation>
    </message>
    <message>
        <source>Current: what the persona does with the product today</source>
        <translation>Actuel&#xa0;: ce que le persona fait avec le produit aujourd’hui</translation>
    </message>
    <message>
        <source>Optional share of the persona&apos;s segments; when every row has one, weights decide the verdict</source>
        <translation>Part facultative des segments du persona&#xa0;; quand chaque ligne en a une, les poids décident du verdict</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’utilisation</translation>
    </message>
    <message>
        <source>Why we are better</source>
        <translation>Pourquoi nous sommes meilleurs</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>a weight cannot be negative</source>
        <translation>un poids ne peut pas être négatif</translation>
    </message>
    <message>
        <source>No frequency yet: type one, e.g. &quot;every 5.5 years&quot; or &quot;3 times a week&quot;</source>
        <translation>Pas encore de fréquence&#xa0;: saisissez-en une, p. ex. «&#xa0;tous les 5,5 ans&#xa0;» ou «&#xa0;3 fois par semaine&#xa0;»</translation>
    </message>
    <message>
        <source>✗ not understood: %1</source>
        <translation>✗ non compris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1
Correct it, or press Escape while editing it to keep the frequency saved before (%2).</source>
        <translation>Non enregistré&#xa0;: %1
Corrigez-le, ou appuyez sur Échap en le modifiant pour garder la fréquence enregistrée avant (%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>How often the persona does this with the product, e.g. &quot;daily&quot;, &quot;3 times a week&quot;, &quot;every 5.5 years&quot; (in English or French)</source>
        <translation>À quelle fréquence le persona fait cela avec le produit, p. ex. «&#xa0;quotidien&#xa0;», «&#xa0;3 fois par semaine&#xa0;», «&#xa0;tous les 5,5 ans&#xa0;» (en français ou en anglais)</translation>
    </message>
    <message>
        <source>The product events meaning this use case happened, separated by |; * stands for any text (&quot;report.*&quot;). Imported events are counted against them</source>
        <translation>Les événements du produit qui signifient que ce cas d&apos;usage a eu lieu, séparés par | ; * remplace n&apos;importe quel texte (« report.* »). Les événements importés sont comptés d&apos;après eux</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>Parcours::UseCaseTableView</name>
    <message>
        <source>Use-case map</source>
        <translation>Carte des cas d’utilisation</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing pasted. %1</source>
        <translation>Rien n’a été collé. %1</translation>
    </message>
    <message>
        <source>Paste use case</source>
        <translation>Coller un cas d’utilisation</translation>
    </message>
    <message>
        <source>Paste %1 use cases</source>
        <translation>Coller %1 cas d’utilisation</translation>
    </message>
    <message>
        <source>Pasted 1 use case.</source>
        <translation>1 cas d’utilisation collé.</translation>
    </message>
    <message>
        <source>Pasted %1 use cases.</source>
        <translation>%1 cas d’utilisation collés.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Pasted %1 rows of cells.</source>
        <translation>%1 lignes de cellules collées.</translation>
    </message>
    <message>
        <source>Deleted 1 use case.</source>
        <translation>1 cas d’utilisation supprimé.</translation>
    </message>
    <message>
        <source>Deleted %1 use cases.</source>
        <translation>%1 cas d’utilisation supprimés.</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Effacer les cellules</translation>
    </message>
</context>
<context>
    <name>Parcours::UseCaseText</name>
    <message>
        <source>weight &quot;%1&quot; is not a number</source>
        <translation>le poids «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>weight %1 is negative</source>
        <translation>le poids %1 est négatif</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is neither current nor planned</source>
        <translation>le statut «&#xa0;%1&#xa0;» n’est ni actuel ni prévu</translation>
    </message>
    <message>
        <source>frequency: %1</source>
        <translation>fréquence&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Parcours::ValueEffortMatrix</name>
    <message>
        <source>Value–effort matrix</source>
        <translation>Matrice valeur–effort</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Value (customer + business)</source>
        <translation>Valeur (client + métier)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities by effort (across) and value (up)</source>
        <translation>
            <numerusform>%n opportunité selon l’effort (en abscisse) et la valeur (en ordonnée)</numerusform>
            <numerusform>%n opportunités selon l’effort (en abscisse) et la valeur (en ordonnée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Score %2 · %3 · %4 · %n votes</source>
        <translation>
            <numerusform>%1
Score %2 · %3 · %4 · %n vote</numerusform>
            <numerusform>%1
Score %2 · %3 · %4 · %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::VersionsPanel</name>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Compare with &amp;Now</source>
        <translation>Comparer avec &amp;maintenant</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Comparer a&amp;vec…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Open the version in a window of its own, to look at it and print it as it was; nothing there can be changed.</source>
        <translation>Ouvrir la version dans une fenêtre à part, pour la consulter et l’imprimer telle qu’elle était ; rien n’y est modifiable.</translation>
    </message>
    <message>
        <source>Make the workspace what it was in this version. The current state is kept as a version first, and Edit &gt; Undo brings it back.</source>
        <translation>Rendre l’espace de travail tel qu’il était dans cette version. L’état actuel est d’abord gardé comme version, et Édition &gt; Annuler le ramène.</translation>
    </message>
    <message>
        <source>List what changed since this version and mark the changed cells and use cases.</source>
        <translation>Lister ce qui a changé depuis cette version et marquer les cellules et cas d’usage modifiés.</translation>
    </message>
    <message>
        <source>List what changed between this version and another one.</source>
        <translation>Lister ce qui a changé entre cette version et une autre.</translation>
    </message>
    <message>
        <source>No versions yet: File &gt; Save Version… keeps the workspace as it is now.</source>
        <translation>Aucune version pour l’instant : Fichier &gt; Enregistrer une version… garde l’espace de travail tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>Cannot read the version</source>
        <translation>Impossible de lire la version</translation>
    </message>
    <message>
        <source>Before restoring %1</source>
        <translation>Avant la restauration de %1</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restaurer une version</translation>
    </message>
    <message>
        <source>Make the workspace what it was in version “%1”?

The current state is kept first as version “%2”, and Edit &gt; Undo brings it back.</source>
        <translation>Rendre l’espace de travail tel qu’il était dans la version « %1 » ?

L’état actuel est d’abord gardé comme version « %2 », et Édition &gt; Annuler le ramène.</translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation>Impossible de restaurer la version</translation>
    </message>
    <message>
        <source>Restore Version “%1”</source>
        <translation>Restaurer la version « %1 »</translation>
    </message>
    <message>
        <source>The workspace is already as it was in version “%1”.</source>
        <translation>L’espace de travail est déjà tel qu’il était dans la version « %1 ».</translation>
    </message>
    <message>
        <source>Choose a version and Compare with Now to see what changed.</source>
        <translation>Choisissez une version et Comparer avec maintenant pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Changes since “%1”:</source>
        <translation>Modifications depuis « %1 » :</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Compare “%1” with version:</source>
        <translation>Comparer « %1 » avec la version :</translation>
    </message>
    <message>
        <source>Changes from “%1” to “%2”:</source>
        <translation>Modifications de « %1 » à « %2 » :</translation>
    </message>
</context>
<context>
    <name>Parcours::VoteMode</name>
    <message>
        <source>&amp;Vote Mode</source>
        <translation>Mode &amp;vote</translation>
    </message>
    <message>
        <source>Reset Vote&amp;s…</source>
        <translation>Réinitialiser &amp;les votes…</translation>
    </message>
    <message>
        <source>Dot voting: click a row or press + or Space to add a vote, − or Backspace to remove one, Escape to stop.</source>
        <translation>Vote par points&#xa0;: cliquez sur une ligne ou appuyez sur + ou Espace pour ajouter un vote, − ou Retour arrière pour en retirer un, Échap pour arrêter.</translation>
    </message>
    <message>
        <source>Set every opportunity&apos;s votes back to 0 (Undo brings them back).</source>
        <translation>Remettre à 0 les votes de toutes les opportunités (Annuler les rétablit).</translation>
    </message>
    <message>
        <source>Reset Votes</source>
        <translation>Réinitialiser les votes</translation>
    </message>
    <message>
        <source>There are no votes to reset.</source>
        <translation>Il n’y a aucun vote à réinitialiser.</translation>
    </message>
    <message>
        <source>Remove the only vote from the opportunities? Undo brings it back.</source>
        <translation>Retirer le seul vote des opportunités&#xa0;? Annuler le rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n votes from the opportunities? Undo brings them back.</source>
        <translation>
            <numerusform>Retirer le %n vote des opportunités&#xa0;? Annuler le rétablit.</numerusform>
            <numerusform>Retirer les %n votes des opportunités&#xa0;? Annuler les rétablit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parcours::WelcomePage</name>
    <message>
        <source>Subscription (continuous retention)</source>
        <translation>Abonnement (rétention continue)</translation>
    </message>
    <message>
        <source>Software or a service paid monthly or yearly: customers stay while they keep using it.</source>
        <translation>Un logiciel ou un service payé au mois ou à l’année&#xa0;: le client reste tant qu’il l’utilise.</translation>
    </message>
    <message>
        <source>Subscription product</source>
        <translation>Produit par abonnement</translation>
    </message>
    <message>
        <source>Seasonal (discontinuous retention)</source>
        <translation>Saisonnier (rétention discontinue)</translation>
    </message>
    <message>
        <source>Customers come back with the seasons, events or periods of their year.</source>
        <translation>Le client revient au fil des saisons, des événements ou des périodes de son année.</translation>
    </message>
    <message>
        <source>Seasonal business</source>
        <translation>Activité saisonnière</translation>
    </message>
    <message>
        <source>Service (intentional retention)</source>
        <translation>Service (rétention intentionnelle)</translation>
    </message>
    <message>
        <source>A time-boxed engagement, a service or retail: each renewal is a new sale.</source>
        <translation>Une collaboration délimitée dans le temps, un service ou du commerce de détail&#xa0;: chaque renouvellement est une nouvelle vente.</translation>
    </message>
    <message>
        <source>Service business</source>
        <translation>Activité de service</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Parcours logo</source>
        <translation>Logo de Parcours</translation>
    </message>
    <message>
        <source>Customer journeys and use-case maps, for workshops and posters.</source>
        <translation>Parcours client et cartes des cas d’utilisation, pour les ateliers et les posters.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>&amp;New empty workspace</source>
        <translation>&amp;Nouvel espace de travail vide</translation>
    </message>
    <message>
        <source>Personas, use-case maps and journeys, from a blank page.</source>
        <translation>Personas, cartes des cas d’utilisation et parcours, à partir d’une page blanche.</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>A .parcours file on this computer or a shared drive.</source>
        <translation>Un fichier .parcours sur cet ordinateur ou sur un lecteur partagé.</translation>
    </message>
    <message>
        <source>Explore the &amp;sample workspace</source>
        <translation>Découvrir l’espace d’&amp;exemple</translation>
    </message>
    <message>
        <source>HomeFinder: personas in and out of the forgotten zone, and a journey to print.</source>
        <translation>HomeFinder&#xa0;: des personas dans et hors de la zone oubliée, et un parcours à imprimer.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>Press F1 for the user guide.</source>
        <translation>Appuyez sur F1 pour le guide de l’utilisateur.</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Aucun espace de travail récent pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Parcours::WorkspaceDocument</name>
    <message>
        <source>Untitled workspace</source>
        <translation>Espace de travail sans titre</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>L’espace de travail est en lecture seule.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Parcours::WorkspaceOutlineModel</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>%1: no use case with a frequency yet</source>
        <translation>%1&#xa0;: aucun cas d’utilisation avec une fréquence pour l’instant</translation>
    </message>
    <message>
        <source>%1 (%2 stages, persona %3)</source>
        <translation>%1 (étapes&#xa0;: %2, persona %3)</translation>
    </message>
    <message>
        <source>%1 (%2 stages)</source>
        <translation>%1 (étapes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Retention metrics, charts, journey summary and renewal levers</source>
        <translation>Indicateurs de rétention, graphiques, résumé des parcours et leviers de renouvellement</translation>
    </message>
    <message>
        <source>%1: ▽ in the forgotten zone (%2)</source>
        <translation>%1&#xa0;: ▽ dans la zone oubliée (%2)</translation>
    </message>
    <message>
        <source>%1: used at least monthly (%2)</source>
        <translation>%1&#xa0;: utilisé au moins une fois par mois (%2)</translation>
    </message>
    <message>
        <source>With planned use cases: in the forgotten zone (%1)</source>
        <translation>Avec les cas d’utilisation prévus&#xa0;: dans la zone oubliée (%1)</translation>
    </message>
    <message>
        <source>With planned use cases: out of the forgotten zone (%1)</source>
        <translation>Avec les cas d’utilisation prévus&#xa0;: hors de la zone oubliée (%1)</translation>
    </message>
</context>
<context>
    <name>Parcours::WorkspaceOverview</name>
    <message>
        <source>▽ forgotten zone</source>
        <translation>▽ zone oubliée</translation>
    </message>
    <message>
        <source>out of it</source>
        <translation>hors zone</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d’utilisation</translation>
    </message>
    <message>
        <source>Segments today</source>
        <translation>Segments aujourd’hui</translation>
    </message>
    <message>
        <source>Forgotten zone today</source>
        <translation>Zone oubliée aujourd’hui</translation>
    </message>
    <message>
        <source>With planned use cases</source>
        <translation>Avec les cas d’utilisation prévus</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Stages needing work</source>
        <translation>Étapes à retravailler</translation>
    </message>
    <message>
        <source>Largest drop-off</source>
        <translation>Plus forte déperdition</translation>
    </message>
    <message>
        <source>e.g. HomeFinder workshop, spring</source>
        <translation>p. ex. atelier HomeFinder, printemps</translation>
    </message>
    <message>
        <source>the product the maps are about</source>
        <translation>le produit dont parlent les cartes</translation>
    </message>
    <message>
        <source>Printed in the title block of posters and reports</source>
        <translation>Imprimé dans le cartouche des posters et des rapports</translation>
    </message>
    <message>
        <source>Workspace summary</source>
        <translation>Résumé de l’espace de travail</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduit&#xa0;:</translation>
    </message>
    <message>
        <source>Retention: %1.</source>
        <translation>Rétention&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 personas in the forgotten zone today, %3 with planned use cases.</source>
        <translation>%1 sur %2 personas dans la zone oubliée aujourd’hui, %3 avec les cas d’utilisation prévus.</translation>
    </message>
    <message>
        <source>Open the retention dashboard (1 period of metrics)</source>
        <translation>Ouvrir le tableau de bord de rétention (1 période d’indicateurs)</translation>
    </message>
    <message>
        <source>Open the retention dashboard (%1 periods of metrics)</source>
        <translation>Ouvrir le tableau de bord de rétention (%1 périodes d’indicateurs)</translation>
    </message>
    <message>
        <source>Time-to-value</source>
        <translation>Délai de création de valeur</translation>
    </message>
    <message>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Nom de l’espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>No persona yet: add one with Workspace › Add Persona (Ctrl+Shift+P), then map its use cases.</source>
        <translation>Aucun persona pour l’instant&#xa0;: ajoutez-en un avec Espace de travail › Ajouter un persona (Ctrl+Maj+P), puis cartographiez ses cas d’utilisation.</translation>
    </message>
    <message>
        <source>No journey yet: add one with Workspace › Add Journey (Ctrl+Shift+J), or start from a template.</source>
        <translation>Aucun parcours pour l’instant&#xa0;: ajoutez-en un avec Espace de travail › Ajouter un parcours (Ctrl+Maj+J), ou partez d’un modèle.</translation>
    </message>
    <message>
        <source>Lowest step</source>
        <translation>Sous-étape la plus basse</translation>
    </message>
</context>
<context>
    <name>Parcours::WorkspaceSidebar</name>
    <message>
        <source>Personas and journeys</source>
        <translation>Personas et parcours</translation>
    </message>
    <message>
        <source>The workspace&apos;s personas, with ▽ after a persona in the forgotten zone, its journeys and the retention dashboard.</source>
        <translation>Les personas de l’espace de travail, avec ▽ après un persona dans la zone oubliée, ses parcours et le tableau de bord de rétention.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed; on Debian install libqt6sql6-psql</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n’est pas installé&#xa0;; sous Debian, installez libqt6sql6-psql</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>serveur local</translation>
    </message>
    <message>
        <source>the server %1:%2 did not answer within %3 s (stalled server or network)</source>
        <translation>le serveur %1:%2 n’a pas répondu en %3&#xa0;s (serveur ou réseau bloqué)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>RenewalLevers</name>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>What happened so far: the customer&apos;s satisfaction with the product or service.</source>
        <translation>Ce qui s’est passé jusqu’ici&#xa0;: la satisfaction du client envers le produit ou le service.</translation>
    </message>
    <message>
        <source>A clear view of what comes next together: events and actions, what would be produced, the potential results.</source>
        <translation>Une vision claire de la suite, ensemble&#xa0;: événements et actions, ce qui serait produit, les résultats possibles.</translation>
    </message>
    <message>
        <source>Whether the customer is keen to renew now, in the light of what happened and what is projected.</source>
        <translation>Si le client a envie de renouveler maintenant, au vu de ce qui s’est passé et de ce qui est projeté.</translation>
    </message>
    <message>
        <source>How renewal is formalised: tacit for a subscription, a new closing where the customer states the wish to renew otherwise.</source>
        <translation>Comment le renouvellement est formalisé&#xa0;: tacite pour un abonnement, sinon une nouvelle signature où le client exprime son souhait de renouveler.</translation>
    </message>
    <message>
        <source>Is the customer satisfied with the product or service?</source>
        <translation>Le client est-il satisfait du produit ou du service&#xa0;?</translation>
    </message>
    <message>
        <source>Were the deadlines met?</source>
        <translation>Les délais ont-ils été respectés&#xa0;?</translation>
    </message>
    <message>
        <source>Was the promised value delivered?</source>
        <translation>La valeur promise a-t-elle été délivrée&#xa0;?</translation>
    </message>
    <message>
        <source>Are the results measurable?</source>
        <translation>Les résultats sont-ils mesurables&#xa0;?</translation>
    </message>
    <message>
        <source>Did the collaboration go well?</source>
        <translation>La collaboration s’est-elle bien passée&#xa0;?</translation>
    </message>
    <message>
        <source>Can the customer picture a future in which renewing with us leaves them better off than without?</source>
        <translation>Le client peut-il imaginer un avenir où renouveler avec nous le laisse en meilleure position que sans nous&#xa0;?</translation>
    </message>
    <message>
        <source>Is the customer keen to renew now, still seeing the solution as indispensable and able to grow with them?</source>
        <translation>Le client a-t-il envie de renouveler maintenant, en voyant toujours la solution comme indispensable et capable d’évoluer avec lui&#xa0;?</translation>
    </message>
    <message>
        <source>Is the renewal step in place (tacit renewal, or a new closing where the customer says they want to renew)?</source>
        <translation>L’étape de renouvellement est-elle en place (tacite reconduction, ou nouvelle signature où le client dit vouloir renouveler)&#xa0;?</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 yes, %2 partly, %3 no, %4 not answered</source>
        <translation>%1 oui, %2 en partie, %3 non, %4 sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n answered no</source>
        <translation>
            <numerusform>Pas prêt&#xa0;: %n réponse négative</numerusform>
            <numerusform>Pas prêt&#xa0;: %n réponses négatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n not answered</source>
        <translation>
            <numerusform>Incomplet&#xa0;: %n question sans réponse</numerusform>
            <numerusform>Incomplet&#xa0;: %n questions sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nearly ready: %n answered partly</source>
        <translation>
            <numerusform>Presque prêt&#xa0;: %n réponse «&#xa0;en partie&#xa0;»</numerusform>
            <numerusform>Presque prêt&#xa0;: %n réponses «&#xa0;en partie&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to renew</source>
        <translation>Prêt pour le renouvellement</translation>
    </message>
</context>
<context>
    <name>RetentionMetrics</name>
    <message>
        <source>%1 is negative (%2)</source>
        <translation>%1 est négatif (%2)</translation>
    </message>
    <message>
        <source>customers at start</source>
        <translation>clients au début</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>nouveaux clients</translation>
    </message>
    <message>
        <source>customers at end</source>
        <translation>clients à la fin</translation>
    </message>
    <message>
        <source>DAU</source>
        <translation>DAU</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>la période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>no customers at start: CRR is undefined</source>
        <translation>aucun client au début&#xa0;: le CRR n’est pas défini</translation>
    </message>
    <message>
        <source>more customers at end (%1) than at start plus new ones (%2 + %3 = %4)</source>
        <translation>plus de clients à la fin (%1) qu’au début plus les nouveaux (%2 + %3 = %4)</translation>
    </message>
    <message>
        <source>fewer customers at end (%1) than new ones (%2): CRR would be negative</source>
        <translation>moins de clients à la fin (%1) que de nouveaux (%2)&#xa0;: le CRR serait négatif</translation>
    </message>
    <message>
        <source>DAU (%1) above MAU (%2)</source>
        <translation>DAU (%1) supérieurs aux MAU (%2)</translation>
    </message>
    <message>
        <source>CRR needs customers at start, new customers and customers at end</source>
        <translation>le CRR nécessite les clients au début, les nouveaux clients et les clients à la fin</translation>
    </message>
    <message>
        <source>no monthly active users: stickiness is undefined</source>
        <translation>aucun utilisateur actif par mois&#xa0;: la stickiness n’est pas définie</translation>
    </message>
    <message>
        <source>stickiness needs both DAU and MAU</source>
        <translation>la stickiness nécessite les DAU et les MAU</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>a date is needed, as yyyy-mm-dd (e.g. 2026-01-31)</source>
        <translation>une date est nécessaire, au format aaaa-mm-jj (p. ex. 2026-01-31)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as yyyy-mm-dd (e.g. 2026-01-31)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la au format aaaa-mm-jj (p. ex. 2026-01-31)</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Discontinuous</source>
        <translation>Discontinue</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Intentionnelle</translation>
    </message>
    <message>
        <source>Choose how customers come back to this business.</source>
        <translation>Choisissez comment les clients reviennent vers cette activité.</translation>
    </message>
    <message>
        <source>Continuous retention: ongoing use, such as a monthly or yearly subscription.</source>
        <translation>Rétention continue&#xa0;: usage permanent, comme un abonnement mensuel ou annuel.</translation>
    </message>
    <message>
        <source>Discontinuous retention: periodic use, driven by seasons, events or circumstances.</source>
        <translation>Rétention discontinue&#xa0;: usage périodique, rythmé par les saisons, les événements ou les circonstances.</translation>
    </message>
    <message>
        <source>Intentional retention: a collaboration bounded in time, such as a service engagement or retail; each renewal is a new decision.</source>
        <translation>Rétention intentionnelle&#xa0;: une collaboration limitée dans le temps, comme une prestation de service ou le commerce de détail&#xa0;; chaque renouvellement est une nouvelle décision.</translation>
    </message>
    <message>
        <source>%1 is above %2 (%3)</source>
        <translation>%1 dépasse %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: a count is a whole number from 0 to %2</source>
        <translation>«&#xa0;%1&#xa0;» est hors limites&#xa0;: un effectif est un nombre entier de 0 à %2</translation>
    </message>
</context>
<context>
    <name>SharedServer</name>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>impossible de se connecter au serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create workspace &quot;%1&quot;: %2 (an administrator can create it with parcours admin init-server)</source>
        <translation>impossible de créer l’espace de travail «&#xa0;%1&#xa0;»&#xa0;: %2 (un administrateur peut le créer avec parcours admin init-server)</translation>
    </message>
    <message>
        <source>the workspace on the server was made by a newer version of Parcours (format %1; this version writes %2)</source>
        <translation>l’espace de travail sur le serveur a été créé par une version plus récente de Parcours (format %1&#xa0;; cette version écrit le format %2)</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot; on the server already has content; publish with --replace (or choose Replace) to overwrite it</source>
        <translation>l’espace de travail «&#xa0;%1&#xa0;» sur le serveur a déjà du contenu&#xa0;; publiez avec --replace (ou choisissez Remplacer) pour l’écraser</translation>
    </message>
    <message>
        <source>publishing was cancelled</source>
        <translation>la publication a été annulée</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>le serveur n’a pas donné de raison</translation>
    </message>
    <message>
        <source>cannot create schema %1: %2</source>
        <translation>impossible de créer le schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created schema %1.</source>
        <translation>Schéma %1 créé.</translation>
    </message>
    <message>
        <source>the workspace has the newer format %1; this version of Parcours knows up to %2</source>
        <translation>l’espace de travail a le format plus récent %1&#xa0;; cette version de Parcours connaît jusqu’au format %2</translation>
    </message>
    <message>
        <source>Created the tables (format %1).</source>
        <translation>Tables créées (format %1).</translation>
    </message>
    <message>
        <source>Upgraded from format %1 to %2.</source>
        <translation>Mis à niveau du format %1 au format %2.</translation>
    </message>
    <message>
        <source>Tables are up to date (format %1).</source>
        <translation>Les tables sont à jour (format %1).</translation>
    </message>
    <message>
        <source>%1
  in: %2</source>
        <translation>%1
  dans&#xa0;: %2</translation>
    </message>
    <message>
        <source>Roles %1 (edit) and %2 (view only) are set up.</source>
        <translation>Les rôles %1 (modification) et %2 (lecture seule) sont en place.</translation>
    </message>
    <message>
        <source>%1 may edit.</source>
        <translation>%1 peut modifier.</translation>
    </message>
    <message>
        <source>%1 may view.</source>
        <translation>%1 peut consulter.</translation>
    </message>
    <message>
        <source>format %1 is older than this version&apos;s (%2): opening it as an editor, or parcours admin init-server, upgrades it</source>
        <translation>le format %1 est plus ancien que celui de cette version (%2)&#xa0;: l’ouvrir en tant qu’éditeur, ou parcours admin init-server, le met à niveau</translation>
    </message>
    <message>
        <source>Role %1 (view and comment) is set up.</source>
        <translation>Le rôle %1 (lecture et commentaires) est en place.</translation>
    </message>
    <message>
        <source>%1 may comment.</source>
        <translation>%1 peut commenter.</translation>
    </message>
</context>
<context>
    <name>SharedVersions</name>
    <message>
        <source>no shared workspace named %1 on this server</source>
        <translation>aucun espace de travail partagé nommé %1 sur ce serveur</translation>
    </message>
    <message>
        <source>the shared workspace keeps no versions until a Parcours that knows them opens it for editing (its format is older)</source>
        <translation>l’espace de travail partagé ne garde pas de versions tant qu’un Parcours qui les connaît ne l’a pas ouvert en modification (son format est plus ancien)</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message>
        <source>the steps are unreadable: %1</source>
        <translation>les sous-étapes sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>use case %1 belongs to no persona</source>
        <translation>le cas d’utilisation %1 n’appartient à aucun persona</translation>
    </message>
    <message>
        <source>use case %1 has an unknown frequency period &quot;%2&quot;</source>
        <translation>le cas d’utilisation %1 a une période de fréquence inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>lane %1 belongs to no journey</source>
        <translation>la ligne %1 n’appartient à aucun parcours</translation>
    </message>
    <message>
        <source>stage %1 belongs to no journey</source>
        <translation>l’étape %1 n’appartient à aucun parcours</translation>
    </message>
    <message>
        <source>a renewal answer belongs to no journey</source>
        <translation>une réponse de renouvellement n’appartient à aucun parcours</translation>
    </message>
    <message>
        <source>cannot read the workspace: %1</source>
        <translation>impossible de lire l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>a cell&apos;s arrows are unreadable: %1</source>
        <translation>les flèches d’une cellule sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>an opportunity has an unknown status: %1</source>
        <translation>une opportunité a un statut inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>an opportunity&apos;s links are unreadable: %1</source>
        <translation>les liens d’une opportunité sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>an opportunity has a value or effort outside 1–5, or negative votes</source>
        <translation>une opportunité a une valeur ou un effort hors de 1 à 5, ou des votes négatifs</translation>
    </message>
    <message>
        <source>a cell&apos;s pain-point severity is unknown: %1</source>
        <translation>la gravité d’un point de friction d’une cellule est inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the observed usage is unreadable: %1</source>
        <translation>l’usage observé est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>step %1 belongs to no stage</source>
        <translation>la sous-étape %1 n’appartient à aucune étape</translation>
    </message>
    <message>
        <source>a cell belongs to no step</source>
        <translation>une cellule n’appartient à aucune sous-étape</translation>
    </message>
    <message>
        <source>a curve&apos;s point belongs to no step</source>
        <translation>un point de courbe n’appartient à aucune sous-étape</translation>
    </message>
    <message>
        <source>a curve&apos;s point is outside -2 … +2: %1</source>
        <translation>un point de courbe est hors de -2 … +2&#xa0;: %1</translation>
    </message>
    <message>
        <source>comment thread %1 names no item it is about: &quot;%2&quot;</source>
        <translation>le fil de commentaires %1 ne nomme aucun élément&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>comment %1 belongs to no thread</source>
        <translation>le commentaire %1 n’appartient à aucun fil</translation>
    </message>
    <message>
        <source>comment %1 has an unreadable time: %2</source>
        <translation>le commentaire %1 a une heure illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>journey %1&apos;s audience views are unreadable: %2</source>
        <translation>les vues du parcours %1 sont illisibles&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UsageFrequency</name>
    <message>
        <source>the number of uses must be greater than zero</source>
        <translation>le nombre d’usages doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the period must be greater than zero</source>
        <translation>la période doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>no frequency given</source>
        <translation>aucune fréquence indiquée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a frequency; write for example &quot;daily&quot;, &quot;3 times a week&quot;, &quot;every 2 months&quot; or &quot;once a year&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une fréquence&#xa0;; écrivez par exemple «&#xa0;quotidien&#xa0;», «&#xa0;3 fois par semaine&#xa0;», «&#xa0;tous les 2 mois&#xa0;» ou «&#xa0;une fois par an&#xa0;»</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>about %1 times a month</source>
        <translation>environ %1 fois par mois</translation>
    </message>
    <message>
        <source>about once every %1 months</source>
        <translation>environ une fois tous les %1 mois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: write &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est ambigu&#xa0;: écrivez «&#xa0;%2&#xa0;» ou «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>too rare: a frequency must be at least once every %1 years</source>
        <translation>trop rare&#xa0;: une fréquence doit être d’au moins une fois tous les %1 ans</translation>
    </message>
    <message>
        <source>too frequent: a frequency must be at most %1 times a day</source>
        <translation>trop fréquent&#xa0;: une fréquence doit être d’au plus %1 fois par jour</translation>
    </message>
</context>
<context>
    <name>UseCaseCsvFormat</name>
    <message>
        <source>Use-case maps (CSV)</source>
        <translation>Cartes des cas d’utilisation (CSV)</translation>
    </message>
    <message>
        <source>the persona is empty</source>
        <translation>le persona est vide</translation>
    </message>
</context>
<context>
    <name>UseCaseMapPosterContent</name>
    <message>
        <source>Use-case map</source>
        <translation>Carte des cas d’utilisation</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Use-case map — %1</source>
        <translation>Carte des cas d’utilisation — %1</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Below monthly: in the forgotten zone</source>
        <translation>Moins d’une fois par mois&#xa0;: dans la zone oubliée</translation>
    </message>
    <message>
        <source>Below the persona&apos;s cadence: at risk of inactivity</source>
        <translation>Sous la cadence du persona&#xa0;: risque d’inactivité</translation>
    </message>
    <message>
        <source>Italics: a planned use case</source>
        <translation>Italique&#xa0;: un cas d’utilisation prévu</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
</context>
<context>
    <name>UseCaseMapPrinter</name>
    <message>
        <source>no use case with a frequency</source>
        <translation>aucun cas d’utilisation avec une fréquence</translation>
    </message>
    <message>
        <source>▽ In the forgotten zone</source>
        <translation>▽ Dans la zone oubliée</translation>
    </message>
    <message>
        <source>✓ Not in the forgotten zone</source>
        <translation>✓ Hors de la zone oubliée</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Use-case map — %1</source>
        <translation>Carte des cas d’utilisation — %1</translation>
    </message>
    <message>
        <source>Share of users: %1. </source>
        <translation>Part des utilisateurs&#xa0;: %1. </translation>
    </message>
    <message>
        <source>Active means: %1. </source>
        <translation>Actif signifie&#xa0;: %1. </translation>
    </message>
    <message>
        <source>Today (current use cases)</source>
        <translation>Aujourd’hui (cas d’utilisation actuels)</translation>
    </message>
    <message>
        <source>With planned use cases</source>
        <translation>Avec les cas d’utilisation prévus</translation>
    </message>
    <message>
        <source>▽ below monthly: the forgotten zone    ⚠ below the persona&apos;s cadence: at risk of inactivity    italics: planned use case</source>
        <translation>▽ sous le mensuel&#xa0;: la zone oubliée    ⚠ sous la cadence du persona&#xa0;: risque d’inactivité    italique&#xa0;: cas d’utilisation prévu</translation>
    </message>
    <message>
        <source>Frequency spectrum</source>
        <translation>Spectre des fréquences</translation>
    </message>
    <message>
        <source>No use case yet.</source>
        <translation>Aucun cas d’utilisation pour l’instant.</translation>
    </message>
    <message>
        <source>Parcours — use-case map of %1</source>
        <translation>Parcours — carte des cas d’utilisation de %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>no persona to print</source>
        <translation>aucun persona à imprimer</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>le fichier ne peut pas être écrit</translation>
    </message>
</context>
<context>
    <name>VersionAccess</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>The versions of %1 cannot be read.</source>
        <translation>Les versions de %1 ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The versions cannot be read.</source>
        <translation>Les versions ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The version cannot be saved in %1.</source>
        <translation>La version ne peut pas être enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>VersionsJson</name>
    <message>
        <source>not an array</source>
        <translation>pas un tableau</translation>
    </message>
    <message>
        <source>not a date and time (ISO 8601, e.g. 2026-03-01T09:30:00Z)</source>
        <translation>pas une date et heure (ISO 8601, par ex. 2026-03-01T09:30:00Z)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
</context>
<context>
    <name>WorkspaceDiff</name>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d’utilisation</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>step</source>
        <translation>sous-étape</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cellule</translation>
    </message>
    <message>
        <source>renewal question</source>
        <translation>question de renouvellement</translation>
    </message>
    <message>
        <source>metric period</source>
        <translation>période de métriques</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <source>observed usage</source>
        <translation>usage observé</translation>
    </message>
    <message>
        <source>Persona &quot;%1&quot;:</source>
        <translation>Persona « %1 » :</translation>
    </message>
    <message>
        <source>Journey &quot;%1&quot;:</source>
        <translation>Parcours « %1 » :</translation>
    </message>
    <message>
        <source>Opportunities:</source>
        <translation>Opportunités :</translation>
    </message>
    <message>
        <source>Observed usage:</source>
        <translation>Usage observé :</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>added %1 &quot;%2&quot;</source>
        <translation>ajout : %1 « %2 »</translation>
    </message>
    <message>
        <source>removed %1 &quot;%2&quot;</source>
        <translation>suppression : %1 « %2 »</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modification : %1</translation>
    </message>
    <message>
        <source>changed %1 &quot;%2&quot;</source>
        <translation>modification : %1 « %2 »</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>Forgotten-zone verdicts that flipped:</source>
        <translation>Verdicts de zone oubliée qui ont basculé :</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; is now in the forgotten zone</source>
        <translation>la persona « %1 » est maintenant dans la zone oubliée</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; is no longer in the forgotten zone</source>
        <translation>la persona « %1 » n’est plus dans la zone oubliée</translation>
    </message>
    <message>
        <source>Metric periods:</source>
        <translation>Périodes de métriques :</translation>
    </message>
</context>
<context>
    <name>WorkspaceFormats</name>
    <message>
        <source>%1: %2 cannot be imported</source>
        <translation>%1&#xa0;: %2 ne peut pas être importé</translation>
    </message>
    <message>
        <source>%1 cannot be exported</source>
        <translation>%1 ne peut pas être exporté</translation>
    </message>
    <message>
        <source>%1: the file is too large to import as %2 (%3 MB; at most %4 MB)</source>
        <translation>%1&#xa0;: le fichier est trop volumineux pour être importé en %2 (%3&#xa0;Mo&#xa0;; au plus %4&#xa0;Mo)</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>is no step of stage %1</source>
        <translation>n’est aucune sous-étape de l’étape %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a Parcours workspace: the JSON is not an object</source>
        <translation>pas un espace de travail Parcours&#xa0;: le JSON n’est pas un objet</translation>
    </message>
    <message>
        <source>not a Parcours workspace: &quot;format&quot; is not &quot;parcours-workspace&quot;</source>
        <translation>pas un espace de travail Parcours&#xa0;: «&#xa0;format&#xa0;» n’est pas «&#xa0;parcours-workspace&#xa0;»</translation>
    </message>
    <message>
        <source>JSON format version %1 is not supported (this version reads up to %2)</source>
        <translation>la version %1 du format JSON n’est pas prise en charge (cette version lit jusqu’à la %2)</translation>
    </message>
    <message>
        <source>no persona has the id %1</source>
        <translation>aucun persona n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a number from %1</source>
        <translation>nombre à partir de %1 attendu</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>nombre de %1 à %2 attendu</translation>
    </message>
    <message>
        <source>expected a whole number from %1</source>
        <translation>nombre entier à partir de %1 attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 2^53 - 1</source>
        <translation>nombre entier de 1 à 2^53 - 1 attendu</translation>
    </message>
    <message>
        <source>the id %1 is already used by %2</source>
        <translation>l’identifiant %1 est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>expected a date such as 2026-01-31</source>
        <translation>date attendue, p. ex. 2026-01-31</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected day, week, month or year</source>
        <translation>day, week, month ou year attendu</translation>
    </message>
    <message>
        <source>no lane of this journey has the id %1</source>
        <translation>aucune ligne de ce parcours n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>a second cell for lane %1 (the first is cells[%2])</source>
        <translation>une deuxième cellule pour la ligne %1 (la première est cells[%2])</translation>
    </message>
    <message>
        <source>expected a question number from 0 to 7</source>
        <translation>numéro de question de 0 à 7 attendu</translation>
    </message>
    <message>
        <source>question %1 is answered twice</source>
        <translation>la question %1 a deux réponses</translation>
    </message>
    <message>
        <source>an arrow needs a stage and a lane</source>
        <translation>une flèche demande une étape et une ligne</translation>
    </message>
    <message>
        <source>an arrow points to no cell of this journey</source>
        <translation>une flèche ne pointe vers aucune cellule de ce parcours</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 5</source>
        <translation>nombre entier de 1 à 5 attendu</translation>
    </message>
    <message>
        <source>expected stage, cell or use_case, not &quot;%1&quot;</source>
        <translation>stage, cell ou use_case attendu, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>links to no stage, cell or use case of this workspace</source>
        <translation>ne renvoie à aucune étape, cellule ou cas d’utilisation de cet espace de travail</translation>
    </message>
    <message>
        <source>expected a pain-point severity (trivial, workaround, abandonment or &quot;&quot;)</source>
        <translation>gravité de point de friction attendue (trivial, workaround, abandonment ou &quot;&quot;)</translation>
    </message>
    <message>
        <source>more severities than the text has lines</source>
        <translation>plus de gravités que le texte n’a de lignes</translation>
    </message>
    <message>
        <source>expected a list of event names</source>
        <translation>liste de noms d’événements attendue</translation>
    </message>
    <message>
        <source>a stage has at least one step</source>
        <translation>une étape a au moins une sous-étape</translation>
    </message>
    <message>
        <source>expected a persona and an emotion</source>
        <translation>un persona et une émotion sont attendus</translation>
    </message>
    <message>
        <source>a second point for persona %1 in this cell</source>
        <translation>un second point pour le persona %1 dans cette cellule</translation>
    </message>
    <message>
        <source>a curve&apos;s persona %1 is not in the workspace</source>
        <translation>le persona %1 d’une courbe n’est pas dans l’espace de travail</translation>
    </message>
    <message>
        <source>no other journey has the id %1</source>
        <translation>aucun autre parcours n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>not a list of views</source>
        <translation>pas une liste de vues</translation>
    </message>
    <message>
        <source>expected a list of count names (customers_start, customers_new, customers_end, dau, mau)</source>
        <translation>une liste de noms de comptages était attendue (customers_start, customers_new, customers_end, dau, mau)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>malformed location: %1</source>
        <translation>emplacement mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>malformed location: the database name cannot contain &quot;/&quot;</source>
        <translation>emplacement mal formé&#xa0;: le nom de la base de données ne peut pas contenir «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; in the location; known: workspace, sslmode, host, port, user</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» dans l’emplacement&#xa0;; options connues&#xa0;: workspace, sslmode, host, port, user</translation>
    </message>
    <message>
        <source>the location names no workspace: add ?workspace=NAME, e.g. postgresql://me@db.example.com/parcours?workspace=marketing</source>
        <translation>l’emplacement ne désigne aucun espace de travail&#xa0;: ajoutez ?workspace=NOM, p. ex. postgresql://moi@db.example.com/parcours?workspace=marketing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid workspace name: use 1 to 40 lower-case letters, digits and _, starting with a letter</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’espace de travail valide&#xa0;: utilisez de 1 à 40 lettres minuscules, chiffres et _, en commençant par une lettre</translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot;; use one of %2</source>
        <translation>sslmode inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l’une des valeurs %2</translation>
    </message>
    <message>
        <source>invalid port number</source>
        <translation>numéro de port invalide</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>serveur local</translation>
    </message>
    <message>
        <source>%1 on %2/%3</source>
        <translation>%1 sur %2/%3</translation>
    </message>
</context>
<context>
    <name>WorkspaceSnapshot</name>
    <message>
        <source>the snapshot is damaged: its data ends early or is out of range</source>
        <translation>l’instantané est endommagé : ses données s’arrêtent trop tôt ou sortent des limites</translation>
    </message>
    <message>
        <source>the snapshot is damaged: it does not uncompress</source>
        <translation>l’instantané est endommagé : il ne se décompresse pas</translation>
    </message>
    <message>
        <source>the snapshot is in format %1, newer than this version of Parcours reads (%2)</source>
        <translation>l’instantané est au format %1, plus récent que ce que lit cette version de Parcours (%2)</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a Parcours workspace (not an SQLite database)</source>
        <translation>pas un espace de travail Parcours (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>the file is truncated (incomplete header)</source>
        <translation>le fichier est tronqué (en-tête incomplet)</translation>
    </message>
    <message>
        <source>the file is corrupt (invalid page size)</source>
        <translation>le fichier est endommagé (taille de page non valide)</translation>
    </message>
    <message>
        <source>the file is truncated: %1 bytes of %2</source>
        <translation>le fichier est tronqué&#xa0;: %1 octets sur %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>c’est un dossier, pas un fichier d’espace de travail</translation>
    </message>
    <message>
        <source>The file is read-only: it opened read-only.</source>
        <translation>Le fichier est en lecture seule&#xa0;: il a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>the workspace is open in another Parcours window or program</source>
        <translation>l’espace de travail est ouvert dans une autre fenêtre de Parcours ou un autre programme</translation>
    </message>
    <message>
        <source>the file is corrupt: %1</source>
        <translation>le fichier est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a Parcours workspace (an SQLite database of another program)</source>
        <translation>pas un espace de travail Parcours (une base de données SQLite d’un autre programme)</translation>
    </message>
    <message>
        <source>the file was made by a newer version of Parcours (file format %1; this version reads up to %2)</source>
        <translation>le fichier a été créé par une version plus récente de Parcours (format de fichier %1&#xa0;; cette version lit jusqu’au %2)</translation>
    </message>
    <message>
        <source>The file was made by a newer version of Parcours (file format %1): it opened read-only.</source>
        <translation>Le fichier a été créé par une version plus récente de Parcours (format de fichier %1)&#xa0;: il a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>cannot make a temporary copy to upgrade</source>
        <translation>impossible de faire une copie temporaire pour la mise à niveau</translation>
    </message>
    <message>
        <source>cannot keep a backup before upgrading: %1</source>
        <translation>impossible de garder une sauvegarde avant la mise à niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Upgraded from file format %1 to %2; the original was kept as %3.</source>
        <translation>Format de fichier mis à niveau de %1 à %2&#xa0;; l’original a été gardé sous %3.</translation>
    </message>
    <message>
        <source>the workspace is open in another program</source>
        <translation>l’espace de travail est ouvert dans un autre programme</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>impossible d’écrire dans %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>the workspace is read-only</source>
        <translation>l’espace de travail est en lecture seule</translation>
    </message>
    <message>
        <source>the workspace is open in another program; close it first</source>
        <translation>l’espace de travail est ouvert dans un autre programme&#xa0;; fermez-le d’abord</translation>
    </message>
    <message>
        <source>not a Parcours workspace: application id %1</source>
        <translation>pas un espace de travail Parcours&#xa0;: identifiant d’application %1</translation>
    </message>
    <message>
        <source>file format %1 is newer than this version of Parcours reads (%2)</source>
        <translation>le format de fichier %1 est plus récent que ce que lit cette version de Parcours (%2)</translation>
    </message>
    <message>
        <source>no schema version recorded</source>
        <translation>aucune version de schéma enregistrée</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>la vérification d’intégrité a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>table %1, row %2: refers to a missing %3</source>
        <translation>table %1, ligne %2&#xa0;: fait référence à un %3 manquant</translation>
    </message>
    <message>
        <source>saving was cancelled</source>
        <translation>l’enregistrement a été annulé</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot;: negative weight %2</source>
        <translation>persona «&#xa0;%1&#xa0;»&#xa0;: poids négatif %2</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot;, use case &quot;%2&quot;: %3</source>
        <translation>persona «&#xa0;%1&#xa0;», cas d’utilisation «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot;, use case &quot;%2&quot;: negative weight %3</source>
        <translation>persona «&#xa0;%1&#xa0;», cas d’utilisation «&#xa0;%2&#xa0;»&#xa0;: poids négatif %3</translation>
    </message>
    <message>
        <source>use case %1: unknown status &quot;%2&quot;</source>
        <translation>cas d’utilisation %1&#xa0;: statut inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>this is a pipe or a device, not a workspace file</source>
        <translation>c’est un tube ou un périphérique, pas un fichier d’espace de travail</translation>
    </message>
</context>
<context>
    <name>WorkspaceVersions</name>
    <message>
        <source>a version needs a label</source>
        <translation>une version a besoin d’une étiquette</translation>
    </message>
    <message>
        <source>a version labelled &quot;%1&quot; exists already; choose another label</source>
        <translation>une version étiquetée « %1 » existe déjà ; choisissez une autre étiquette</translation>
    </message>
    <message>
        <source>no version is labelled &quot;%1&quot;</source>
        <translation>aucune version n’est étiquetée « %1 »</translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is damaged: its snapshot does not uncompress</source>
        <translation>la version « %1 » est endommagée : son instantané ne se décompresse pas</translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is damaged: %2</source>
        <translation>la version « %1 » est endommagée : %2</translation>
    </message>
    <message>
        <source>version &quot;%1&quot;: %2</source>
        <translation>version « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: parcours [FILE]          open a workspace in the editor</source>
        <translation>Usage&#xa0;: parcours [FICHIER]      ouvrir un espace de travail dans l’éditeur</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 erreur d’usage, 2 entrée incorrecte.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>give at most one FILE</source>
        <translation>indiquez au plus un FICHIER</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>FILE and WORKSPACE may also name a shared workspace on a PostgreSQL server,
  postgresql://USER@HOST:PORT/DB?workspace=NAME (SHARED); the password comes from
  PGPASSWORD or ~/.pgpass.</source>
        <translation>FICHIER et ESPACE peuvent aussi désigner un espace de travail partagé sur un serveur PostgreSQL,
  postgresql://UTILISATEUR@HÔTE:PORT/BASE?workspace=NOM (PARTAGÉ)&#xa0;; le mot de passe provient de
  PGPASSWORD ou de ~/.pgpass.</translation>
    </message>
    <message>
        <source>help: no command %1; commands: %2</source>
        <translation>help&#xa0;: pas de commande %1&#xa0;; commandes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: parcours %1</source>
        <translation>Usage&#xa0;: parcours %1</translation>
    </message>
    <message>
        <source>See docs/FILE-FORMATS.md and the user guide (Help &gt; User Guide) for details.</source>
        <translation>Voir docs/FILE-FORMATS.md et le guide de l’utilisateur (Aide &gt; Guide de l’utilisateur) pour les détails.</translation>
    </message>
    <message>
        <source>usage: parcours help [COMMAND]</source>
        <translation>usage&#xa0;: parcours help [COMMANDE]</translation>
    </message>
    <message>
        <source>       parcours --sample        open a copy of the sample workspace</source>
        <translation>       parcours --sample        ouvrir une copie de l’espace d’exemple</translation>
    </message>
    <message>
        <source>--sample opens the sample: give no FILE</source>
        <translation>--sample ouvre l’exemple&#xa0;: ne donnez pas de FICHIER</translation>
    </message>
</context>
</TS>
