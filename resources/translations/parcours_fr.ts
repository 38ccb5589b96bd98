<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>JsonFormat</name>
    <message>
        <source>Parcours workspace (JSON)</source>
        <translation>Espace de travail Parcours (JSON)</translation>
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
        <source>export: unexpected argument %1</source>
        <translation>export&#xa0;: argument inattendu %1</translation>
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
        <source>import: unexpected argument %1</source>
        <translation>import&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>usage: parcours import FILE --format FORMAT -o WORKSPACE</source>
        <translation>usage&#xa0;: parcours import FICHIER --format FORMAT -o ESPACE</translation>
    </message>
    <message>
        <source>import: unknown format %1</source>
        <translation>import&#xa0;: format inconnu %1</translation>
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
        <source>✓ All changes saved</source>
        <translation>✓ Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 use cases; %2 of %3 segments below monthly%4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cas d’utilisation&#xa0;: %1&#xa0;; segments sous le seuil mensuel&#xa0;: %2 sur %3%4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>: &lt;b&gt;forgotten zone&lt;/b&gt;</source>
        <translation> — &lt;b&gt;zone oubliée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 personas, %2 journeys.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Personas&#xa0;: %1&#xa0;; parcours&#xa0;: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 personas in the forgotten zone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Personas dans la zone oubliée&#xa0;: %1 sur %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
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
        <source>%1: in the forgotten zone (%2 of %3 segments below monthly)</source>
        <translation>%1&#xa0;: dans la zone oubliée (segments sous le seuil mensuel&#xa0;: %2 sur %3)</translation>
    </message>
    <message>
        <source>%1: used at least monthly (%2 of %3 segments below monthly)</source>
        <translation>%1&#xa0;: utilisé au moins une fois par mois (segments sous le seuil mensuel&#xa0;: %2 sur %3)</translation>
    </message>
    <message>
        <source>%1 (%2 stages, persona %3)</source>
        <translation>%1 (étapes&#xa0;: %2, persona %3)</translation>
    </message>
    <message>
        <source>%1 (%2 stages)</source>
        <translation>%1 (étapes&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>Parcours::WorkspaceSidebar</name>
    <message>
        <source>Personas and journeys</source>
        <translation>Personas et parcours</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
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
        <source>a cell belongs to no stage</source>
        <translation>une cellule n’appartient à aucune étape</translation>
    </message>
    <message>
        <source>a renewal answer belongs to no journey</source>
        <translation>une réponse de renouvellement n’appartient à aucun parcours</translation>
    </message>
    <message>
        <source>cannot read the workspace: %1</source>
        <translation>impossible de lire l’espace de travail&#xa0;: %1</translation>
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
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>nombre entier positif attendu</translation>
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
        <source>no lane with this id</source>
        <translation>aucune ligne avec cet identifiant</translation>
    </message>
    <message>
        <source>unknown question</source>
        <translation>question inconnue</translation>
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
        <source>no persona with this id</source>
        <translation>aucun persona avec cet identifiant</translation>
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
</context>
</TS>
