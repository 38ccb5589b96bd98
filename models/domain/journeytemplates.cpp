#include "domain/journeytemplates.h"

#include <QLocale>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Parcours::JourneyTemplates {

namespace {

struct Text
{
    const char16_t *en;
    const char16_t *fr;

    QString in(Language language) const
    {
        if (language == Language::English)
            return QString::fromUtf16(en);
        // French puts a space before ? ! : ; that must not start a line.
        QString text = QString::fromUtf16(fr);
        for (const char16_t mark : {u'?', u'!', u':', u';'}) {
            const QChar before[] = {QChar(u' '), QChar(mark)};
            const QChar after[] = {QChar(QChar::Nbsp), QChar(mark)};
            text.replace(QString(before, 2), QString(after, 2));
        }
        return text;
    }
};

constexpr double noDuration = -1;
enum Flags { Plain = 0, Conversion = 1, ValueDelivered = 2 };

// One stage of a template. The cells follow the default lanes, emotion aside. The field order
// is the column order of the seed tables below, which matters more than 8 bytes per stage.
struct StageSeed // order mirrors the tables
{
    Text name;
    Text description;
    double duration;
    DurationUnit unit;
    double emotion;
    int flags;
    Text actions;
    Text touchpoints;
    Text channels;
    Text thoughts;
    Text pains;
    Text opportunities;
    Text owner;
    Text kpis;
};

struct LaneSeed
{
    Text name;
    LaneKind kind;
};

// Default lanes, in order; the emotion lane is index 4.
const LaneSeed laneSeeds[] = {
    {{u"Customer actions", u"Actions du client"}, LaneKind::Text},
    {{u"Touchpoints", u"Points de contact"}, LaneKind::Chips},
    {{u"Channels", u"Canaux"}, LaneKind::Chips},
    {{u"Thoughts", u"Pensées"}, LaneKind::Text},
    {{u"Emotion", u"Émotion"}, LaneKind::Emotion},
    {{u"Pain points", u"Points de friction"}, LaneKind::Text},
    {{u"Opportunities", u"Opportunités"}, LaneKind::Text},
    {{u"Owner team", u"Équipe responsable"}, LaneKind::Text},
    {{u"KPIs", u"Indicateurs"}, LaneKind::Kpi},
};
constexpr int emotionLane = 4;

const StageSeed saasStages[] = {
    {{u"Awareness", u"Découverte"},
     {u"Hears of the product for the first time",
      u"Entend parler du produit pour la première fois"},
     2,
     DurationUnit::Weeks,
     0,
     Plain,
     {u"Reads a review, sees an ad or a colleague's post",
      u"Lit un avis, voit une publicité ou le post d'un collègue"},
     {u"Blog post\nSocial ad\nWord of mouth",
      u"Article de blog\nPublicité sociale\nBouche-à-oreille"},
     {u"LinkedIn\nSearch engine", u"LinkedIn\nMoteur de recherche"},
     {u"Could this solve our problem?", u"Est-ce que ça peut résoudre notre problème ?"},
     {u"Hard to tell apart from competitors", u"Difficile à distinguer des concurrents"},
     {u"A one-line promise and a customer story", u"Une promesse en une phrase et un témoignage"},
     {u"Marketing", u"Marketing"},
     {u"Visitors: 20000 per month", u"Visiteurs : 20000 par mois"}},
    {{u"Consideration", u"Évaluation"},
     {u"Compares with alternatives", u"Compare avec les alternatives"},
     2,
     DurationUnit::Weeks,
     1,
     Plain,
     {u"Compares features and prices, asks peers",
      u"Compare fonctions et prix, interroge ses pairs"},
     {u"Pricing page\nComparison page\nDemo video", u"Page tarifs\nComparatif\nVidéo de démo"},
     {u"Website\nEmail", u"Site web\nE-mail"},
     {u"Is it worth the price? Will my team adopt it?",
      u"Est-ce que ça vaut le prix ? Mon équipe va-t-elle l'adopter ?"},
     {u"Pricing tiers are confusing", u"Les offres tarifaires sont confuses"},
     {u"Show the price of a typical team", u"Montrer le prix pour une équipe type"},
     {u"Marketing", u"Marketing"},
     {u"Pricing page conversion: 8 %", u"Conversion page tarifs : 8 %"}},
    {{u"Free trial", u"Essai gratuit"},
     {u"Tries the product without paying", u"Essaie le produit sans payer"},
     14,
     DurationUnit::Days,
     1,
     Plain,
     {u"Creates an account, invites one colleague", u"Crée un compte, invite un collègue"},
     {u"Sign-up form\nWelcome email\nIn-app tour",
      u"Formulaire d'inscription\nE-mail de bienvenue\nVisite guidée"},
     {u"Web app\nEmail", u"Application web\nE-mail"},
     {u"Let's see if it is as easy as they say", u"Voyons si c'est aussi simple qu'annoncé"},
     {u"Empty account: nothing to look at", u"Compte vide : rien à voir"},
     {u"Sample data in every new account", u"Des données d'exemple dans chaque nouveau compte"},
     {u"Product", u"Produit"},
     {u"Trial starts: 1200 per month", u"Essais démarrés : 1200 par mois"}},
    {{u"Subscription", u"Abonnement"},
     {u"Becomes a paying customer", u"Devient client payant"},
     1,
     DurationUnit::Days,
     0,
     Conversion,
     {u"Chooses a plan and pays", u"Choisit une offre et paie"},
     {u"Checkout\nInvoice", u"Paiement\nFacture"},
     {u"Web app", u"Application web"},
     {u"I hope I chose the right plan", u"J'espère avoir choisi la bonne offre"},
     {u"Purchase order needed from finance", u"Bon de commande exigé par la finance"},
     {u"Pay by invoice for teams", u"Paiement sur facture pour les équipes"},
     {u"Sales", u"Ventes"},
     {u"Trial to paid: 15 %", u"Essai vers payant : 15 %"}},
    {{u"Onboarding", u"Prise en main"},
     {u"Sets the product up for the team", u"Installe le produit pour l'équipe"},
     1,
     DurationUnit::Weeks,
     -1,
     Plain,
     {u"Imports data, configures, invites the team",
      u"Importe les données, configure, invite l'équipe"},
     {u"Onboarding checklist\nHelp centre\nKick-off call",
      u"Liste de démarrage\nCentre d'aide\nAppel de lancement"},
     {u"Web app\nVideo call", u"Application web\nVisioconférence"},
     {u"This takes longer than I thought", u"Ça prend plus de temps que prévu"},
     {u"Import fails on large files", u"L'import échoue sur les gros fichiers"},
     {u"Guided import, done with the customer", u"Import guidé, fait avec le client"},
     {u"Customer success", u"Succès client"},
     {u"Accounts set up in 7 days: 60 %", u"Comptes configurés en 7 jours : 60 %"}},
    {{u"First value", u"Première valeur"},
     {u"The product delivers what was promised", u"Le produit tient sa promesse"},
     3,
     DurationUnit::Days,
     2,
     ValueDelivered,
     {u"Gets the first result the team needed",
      u"Obtient le premier résultat attendu par l'équipe"},
     {u"First report\nSuccess email", u"Premier rapport\nE-mail de réussite"},
     {u"Web app", u"Application web"},
     {u"It works: I can show this to my manager", u"Ça marche : je peux montrer ça à ma direction"},
     {u"", u""},
     {u"Celebrate the milestone and suggest the next one",
      u"Célébrer l'étape et proposer la suivante"},
     {u"Product", u"Produit"},
     {u"Time to first report: 10 days", u"Délai jusqu'au premier rapport : 10 jours"}},
    {{u"Regular use", u"Usage régulier"},
     {u"Uses the product in the weekly routine", u"Utilise le produit chaque semaine"},
     11,
     DurationUnit::Months,
     1,
     Plain,
     {u"Works in the product every week", u"Travaille dans le produit chaque semaine"},
     {u"Weekly digest\nNew feature notes", u"Résumé hebdomadaire\nNotes de nouveautés"},
     {u"Web app\nMobile app\nEmail", u"Application web\nApplication mobile\nE-mail"},
     {u"Part of how we work now", u"Ça fait partie de notre façon de travailler"},
     {u"Only one person really uses it", u"Une seule personne l'utilise vraiment"},
     {u"Features that bring the rest of the team in",
      u"Des fonctions qui impliquent toute l'équipe"},
     {u"Customer success", u"Succès client"},
     {u"Weekly active users: 70 %\nStickiness: 35 %",
      u"Utilisateurs actifs par semaine : 70 %\nStickiness : 35 %"}},
    {{u"Renewal", u"Renouvellement"},
     {u"Decides to renew the subscription", u"Décide de renouveler l'abonnement"},
     1,
     DurationUnit::Months,
     0,
     Plain,
     {u"Reviews the value obtained, renews or cancels",
      u"Fait le bilan de la valeur obtenue, renouvelle ou résilie"},
     {u"Renewal reminder\nAccount review", u"Rappel de renouvellement\nBilan de compte"},
     {u"Email\nVideo call", u"E-mail\nVisioconférence"},
     {u"Did we get our money's worth?", u"Est-ce qu'on en a eu pour notre argent ?"},
     {u"Renewal notice arrives too late for the budget",
      u"L'avis de renouvellement arrive trop tard pour le budget"},
     {u"Share a yearly value report before the budget round",
      u"Envoyer un bilan annuel avant les arbitrages budgétaires"},
     {u"Customer success", u"Succès client"},
     {u"Renewal rate: 85 %", u"Taux de renouvellement : 85 %"}},
    {{u"Advocacy", u"Recommandation"},
     {u"Recommends the product and buys more", u"Recommande le produit et achète davantage"},
     noDuration,
     DurationUnit::Months,
     2,
     Plain,
     {u"Recommends to peers, adds seats", u"Recommande à ses pairs, ajoute des licences"},
     {u"Referral programme\nCase study", u"Programme de parrainage\nÉtude de cas"},
     {u"LinkedIn\nEvents", u"LinkedIn\nÉvénements"},
     {u"I want others to know we chose well", u"Je veux que l'on sache qu'on a bien choisi"},
     {u"", u""},
     {u"Invite champions to speak at events", u"Inviter les ambassadeurs à témoigner"},
     {u"Marketing", u"Marketing"},
     {u"NPS: 45\nReferrals: 30 per quarter", u"NPS : 45\nParrainages : 30 par trimestre"}},
};

const StageSeed seasonalStages[] = {
    {{u"Season approaching", u"Approche de la saison"},
     {u"Something reminds the customer that the season is near",
      u"Un signal rappelle au client que la saison approche"},
     3,
     DurationUnit::Weeks,
     0,
     Plain,
     {u"Notices the weather, a date or a reminder", u"Remarque la météo, une date ou un rappel"},
     {u"Seasonal newsletter\nShop window", u"Lettre saisonnière\nVitrine"},
     {u"Email\nStore", u"E-mail\nMagasin"},
     {u"It's that time of the year again", u"C'est de nouveau la saison"},
     {u"Our reminder comes after the competitors'",
      u"Notre rappel arrive après celui des concurrents"},
     {u"Remind last year's customers first", u"Relancer d'abord les clients de l'an dernier"},
     {u"Marketing", u"Marketing"},
     {u"Newsletter opens: 30 %", u"Ouvertures de la lettre : 30 %"}},
    {{u"Search and inspiration", u"Recherche et inspiration"},
     {u"Looks for ideas and offers", u"Cherche des idées et des offres"},
     2,
     DurationUnit::Weeks,
     1,
     Plain,
     {u"Browses offers, saves ideas", u"Parcourt les offres, garde des idées"},
     {u"Catalogue\nInspiration guide", u"Catalogue\nGuide d'inspiration"},
     {u"Website\nInstagram", u"Site web\nInstagram"},
     {u"What's new this year?", u"Quoi de neuf cette année ?"},
     {u"Same catalogue as last year", u"Le même catalogue que l'an dernier"},
     {u"Show what is new since the last purchase",
      u"Montrer ce qui est nouveau depuis le dernier achat"},
     {u"Marketing", u"Marketing"},
     {u"Catalogue visits: 15000", u"Visites du catalogue : 15000"}},
    {{u"Comparison", u"Comparaison"},
     {u"Compares prices and availability", u"Compare les prix et la disponibilité"},
     1,
     DurationUnit::Weeks,
     0,
     Plain,
     {u"Compares prices, checks stock and delivery dates",
      u"Compare les prix, vérifie le stock et les délais"},
     {u"Product page\nStock checker", u"Fiche produit\nVérification du stock"},
     {u"Website\nPrice comparator", u"Site web\nComparateur de prix"},
     {u"Will it arrive in time for the season?", u"Est-ce que ce sera livré à temps ?"},
     {u"Delivery dates not shown before checkout",
      u"Délais de livraison invisibles avant le panier"},
     {u"Delivery date on every product page", u"Date de livraison sur chaque fiche produit"},
     {u"E-commerce", u"E-commerce"},
     {u"Add to basket: 6 %", u"Ajout au panier : 6 %"}},
    {{u"Purchase", u"Achat"},
     {u"Orders for the season", u"Commande pour la saison"},
     1,
     DurationUnit::Days,
     1,
     Conversion,
     {u"Orders and pays", u"Commande et paie"},
     {u"Checkout\nOrder confirmation", u"Paiement\nConfirmation de commande"},
     {u"Website\nStore", u"Site web\nMagasin"},
     {u"Done, one thing less to think about", u"C'est fait, une chose de moins à penser"},
     {u"Account created last year is forgotten", u"Le compte créé l'an dernier est oublié"},
     {u"Guest checkout and one-click reorder", u"Commande sans compte et réachat en un clic"},
     {u"E-commerce", u"E-commerce"},
     {u"Orders: 900 per season", u"Commandes : 900 par saison"}},
    {{u"Delivery", u"Livraison"},
     {u"Receives the order", u"Reçoit la commande"},
     4,
     DurationUnit::Days,
     -1,
     Plain,
     {u"Tracks the parcel, receives it", u"Suit le colis, le réceptionne"},
     {u"Shipping email\nTracking page", u"E-mail d'expédition\nSuivi de colis"},
     {u"Email\nSMS", u"E-mail\nSMS"},
     {u"Where is my parcel?", u"Où est mon colis ?"},
     {u"Tracking stops updating for two days", u"Le suivi ne bouge plus pendant deux jours"},
     {u"Proactive message when a delivery is late", u"Message proactif en cas de retard"},
     {u"Logistics", u"Logistique"},
     {u"On-time delivery: 92 %", u"Livraisons à l'heure : 92 %"}},
    {{u"First use", u"Première utilisation"},
     {u"Uses the product for the first time this season",
      u"Utilise le produit pour la première fois de la saison"},
     1,
     DurationUnit::Days,
     2,
     ValueDelivered,
     {u"Unpacks and uses it", u"Déballe et utilise"},
     {u"Quick-start card\nHow-to video", u"Carte de démarrage\nVidéo tutoriel"},
     {u"Product\nYouTube", u"Produit\nYouTube"},
     {u"Exactly what I needed", u"Exactement ce qu'il me fallait"},
     {u"", u""},
     {u"Ask for a photo or a review at this moment", u"Demander une photo ou un avis à ce moment"},
     {u"Product", u"Produit"},
     {u"Returns: 3 %", u"Retours : 3 %"}},
    {{u"Season of use", u"Saison d'utilisation"},
     {u"Uses the product through the season", u"Utilise le produit pendant la saison"},
     3,
     DurationUnit::Months,
     1,
     Plain,
     {u"Uses it, sometimes needs advice or parts",
      u"L'utilise, a parfois besoin de conseils ou de pièces"},
     {u"Care tips\nSpare parts", u"Conseils d'entretien\nPièces détachées"},
     {u"Email\nPhone", u"E-mail\nTéléphone"},
     {u"Good, but I need help from time to time", u"Bien, mais j'ai parfois besoin d'aide"},
     {u"Support is hard to reach at the peak", u"Le support est injoignable au pic de saison"},
     {u"Seasonal tips at the right moment", u"Des conseils saisonniers au bon moment"},
     {u"Customer service", u"Service client"},
     {u"Support requests: 120 per month", u"Demandes au support : 120 par mois"}},
    {{u"End of season", u"Fin de saison"},
     {u"Stores the product and forgets the brand", u"Range le produit et oublie la marque"},
     1,
     DurationUnit::Months,
     0,
     Plain,
     {u"Stores, maintains or discards the product", u"Range, entretient ou jette le produit"},
     {u"Satisfaction survey\nStorage guide", u"Enquête de satisfaction\nGuide de rangement"},
     {u"Email", u"E-mail"},
     {u"See you next year, maybe", u"À l'année prochaine, peut-être"},
     {u"No reason to hear from us for months",
      u"Aucune raison d'avoir de nos nouvelles pendant des mois"},
     {u"Off-season service that keeps a monthly contact",
      u"Un service hors saison qui garde un contact mensuel"},
     {u"Marketing", u"Marketing"},
     {u"Survey answers: 12 %", u"Réponses à l'enquête : 12 %"}},
    {{u"Next season", u"Saison suivante"},
     {u"Buys again, or from someone else", u"Rachète, chez nous ou ailleurs"},
     noDuration,
     DurationUnit::Months,
     1,
     Plain,
     {u"Reorders or compares again", u"Recommande ou compare de nouveau"},
     {u"Reorder reminder\nLoyalty offer", u"Rappel de réachat\nOffre fidélité"},
     {u"Email\nStore", u"E-mail\nMagasin"},
     {u"Same as last year, if nothing better shows up",
      u"Comme l'an dernier, sauf si je trouve mieux"},
     {u"Loyalty points expired during the off-season",
      u"Les points fidélité ont expiré hors saison"},
     {u"Points that last until the next season", u"Des points valables jusqu'à la saison suivante"},
     {u"Marketing", u"Marketing"},
     {u"Repurchase rate: 40 %", u"Taux de réachat : 40 %"}},
};

const StageSeed serviceStages[] = {
    {{u"Need identified", u"Besoin identifié"},
     {u"The customer recognises a need", u"Le client prend conscience d'un besoin"},
     1,
     DurationUnit::Months,
     -1,
     Plain,
     {u"Describes the problem internally, asks around",
      u"Décrit le problème en interne, se renseigne"},
     {u"Referral\nArticle", u"Recommandation\nArticle"},
     {u"Word of mouth\nSearch engine", u"Bouche-à-oreille\nMoteur de recherche"},
     {u"We can't do this alone", u"On n'y arrivera pas seuls"},
     {u"Our expertise is invisible outside our network",
      u"Notre expertise est invisible hors de notre réseau"},
     {u"Publish short case studies by problem", u"Publier de courts cas clients par problème"},
     {u"Marketing", u"Marketing"},
     {u"Inbound requests: 25 per month", u"Demandes entrantes : 25 par mois"}},
    {{u"First contact", u"Premier contact"},
     {u"Gets in touch", u"Prend contact"},
     3,
     DurationUnit::Days,
     0,
     Plain,
     {u"Fills the contact form or calls", u"Remplit le formulaire ou appelle"},
     {u"Contact form\nPhone", u"Formulaire de contact\nTéléphone"},
     {u"Website\nPhone", u"Site web\nTéléphone"},
     {u"Will they understand our situation?", u"Vont-ils comprendre notre situation ?"},
     {u"Answer takes several days", u"La réponse prend plusieurs jours"},
     {u"Call back within one working day", u"Rappeler sous un jour ouvré"},
     {u"Business development", u"Développement commercial"},
     {u"Answered within 24 h: 70 %", u"Réponse sous 24 h : 70 %"}},
    {{u"Discovery meeting", u"Réunion de découverte"},
     {u"Explains the need and the constraints", u"Expose le besoin et les contraintes"},
     1,
     DurationUnit::Weeks,
     1,
     Plain,
     {u"Meets the team, shares context and budget",
      u"Rencontre l'équipe, partage contexte et budget"},
     {u"Meeting\nQuestionnaire", u"Rendez-vous\nQuestionnaire"},
     {u"Video call\nOn site", u"Visioconférence\nSur site"},
     {u"They ask the right questions", u"Ils posent les bonnes questions"},
     {u"", u""},
     {u"Send a written summary the same day", u"Envoyer un compte rendu le jour même"},
     {u"Business development", u"Développement commercial"},
     {u"Meetings to proposal: 60 %", u"Rendez-vous vers proposition : 60 %"}},
    {{u"Proposal", u"Proposition"},
     {u"Receives the proposal and the quote", u"Reçoit la proposition et le devis"},
     2,
     DurationUnit::Weeks,
     0,
     Plain,
     {u"Reads the proposal, negotiates scope and price",
      u"Lit la proposition, négocie périmètre et prix"},
     {u"Proposal document\nQuote", u"Proposition écrite\nDevis"},
     {u"Email\nVideo call", u"E-mail\nVisioconférence"},
     {u"Is the price justified?", u"Le prix est-il justifié ?"},
     {u"Proposal too long to read", u"Proposition trop longue à lire"},
     {u"One-page summary with outcomes and milestones",
      u"Une page de synthèse : résultats et jalons"},
     {u"Business development", u"Développement commercial"},
     {u"Proposals won: 40 %", u"Propositions gagnées : 40 %"}},
    {{u"Signature", u"Signature"},
     {u"Commits to the engagement", u"S'engage"},
     1,
     DurationUnit::Weeks,
     1,
     Conversion,
     {u"Signs the contract, pays the deposit", u"Signe le contrat, verse l'acompte"},
     {u"Contract\nE-signature", u"Contrat\nSignature électronique"},
     {u"Email", u"E-mail"},
     {u"Let's go", u"C'est parti"},
     {u"Legal review adds a week", u"La relecture juridique ajoute une semaine"},
     {u"Standard contract reviewed once by their legal team",
      u"Un contrat type validé une fois pour toutes"},
     {u"Sales administration", u"Administration des ventes"},
     {u"Days to signature: 12", u"Jours jusqu'à la signature : 12"}},
    {{u"Kick-off", u"Lancement"},
     {u"Starts the work together", u"Démarre le travail ensemble"},
     1,
     DurationUnit::Weeks,
     1,
     Plain,
     {u"Meets the delivery team, agrees on the plan",
      u"Rencontre l'équipe de réalisation, valide le planning"},
     {u"Kick-off meeting\nShared plan", u"Réunion de lancement\nPlanning partagé"},
     {u"On site\nProject space", u"Sur site\nEspace projet"},
     {u"New faces: will they know our file?",
      u"Nouveaux visages : connaissent-ils notre dossier ?"},
     {u"Has to explain everything again", u"Doit tout réexpliquer"},
     {u"Hand-over from sales to delivery before the meeting",
      u"Passation ventes vers réalisation avant la réunion"},
     {u"Delivery", u"Réalisation"},
     {u"Start within 2 weeks of signature: 80 %", u"Démarrage sous 2 semaines : 80 %"}},
    {{u"Delivery", u"Réalisation"},
     {u"The service is performed", u"La prestation est réalisée"},
     2,
     DurationUnit::Months,
     -1,
     Plain,
     {u"Answers questions, reviews intermediate results",
      u"Répond aux questions, valide les résultats intermédiaires"},
     {u"Weekly status\nWorkshops", u"Point hebdomadaire\nAteliers"},
     {u"Video call\nEmail", u"Visioconférence\nE-mail"},
     {u"Are we on track?", u"Est-ce qu'on tient les délais ?"},
     {u"Status reports don't show progress against goals",
      u"Les points d'avancement ne montrent pas l'écart aux objectifs"},
     {u"Progress shown against the agreed outcomes",
      u"Montrer l'avancement par rapport aux résultats convenus"},
     {u"Delivery", u"Réalisation"},
     {u"Milestones on time: 75 %", u"Jalons tenus : 75 %"}},
    {{u"Results delivered", u"Résultats livrés"},
     {u"The promised outcome is there", u"Le résultat promis est là"},
     1,
     DurationUnit::Weeks,
     2,
     ValueDelivered,
     {u"Receives the deliverables, checks the results",
      u"Reçoit les livrables, vérifie les résultats"},
     {u"Final presentation\nDeliverables", u"Présentation finale\nLivrables"},
     {u"On site", u"Sur site"},
     {u"We got what we paid for", u"On a eu ce pour quoi on a payé"},
     {u"", u""},
     {u"Measure the result with the customer", u"Mesurer le résultat avec le client"},
     {u"Delivery", u"Réalisation"},
     {u"Satisfaction: 4.5 / 5", u"Satisfaction : 4,5 / 5"}},
    {{u"Closing review", u"Bilan de clôture"},
     {u"Looks back on the engagement", u"Fait le bilan de la mission"},
     2,
     DurationUnit::Weeks,
     1,
     Plain,
     {u"Takes part in the review, pays the balance", u"Participe au bilan, règle le solde"},
     {u"Review meeting\nFinal invoice", u"Réunion de bilan\nFacture finale"},
     {u"Video call\nEmail", u"Visioconférence\nE-mail"},
     {u"What's next for us?", u"Et maintenant ?"},
     {u"The review is skipped when the team is busy", u"Le bilan saute quand l'équipe est occupée"},
     {u"Propose the next step at the review", u"Proposer l'étape suivante pendant le bilan"},
     {u"Business development", u"Développement commercial"},
     {u"Reviews held: 50 %", u"Bilans tenus : 50 %"}},
    {{u"Next engagement", u"Mission suivante"},
     {u"Comes back or recommends us", u"Revient ou nous recommande"},
     noDuration,
     DurationUnit::Months,
     1,
     Plain,
     {u"Calls back for a new need, refers a peer",
      u"Rappelle pour un nouveau besoin, recommande un pair"},
     {u"Follow-up call\nNewsletter", u"Appel de suivi\nLettre d'information"},
     {u"Phone\nLinkedIn", u"Téléphone\nLinkedIn"},
     {u"They know us: no need to start again",
      u"Ils nous connaissent : pas besoin de tout refaire"},
     {u"No contact between engagements", u"Aucun contact entre deux missions"},
     {u"A check-in every quarter with something useful",
      u"Un point chaque trimestre avec quelque chose d'utile"},
     {u"Business development", u"Développement commercial"},
     {u"Repeat customers: 35 %", u"Clients récurrents : 35 %"}},
};

// One stage of the service blueprint template: a cell for each of its lanes.
struct BlueprintStageSeed // mirrors the table
{
    Text name;
    double duration;
    DurationUnit unit;
    double emotion;
    int flags;
    Text evidence;
    Text customer;
    Text frontstage;
    Text backstage;
    Text support;
};

const LaneSeed blueprintLaneSeeds[] = {
    {{u"Physical evidence", u"Preuves physiques"}, LaneKind::Text},
    {{u"Customer actions", u"Actions du client"}, LaneKind::Text},
    {{u"Emotion", u"Émotion"}, LaneKind::Emotion},
    {{u"Frontstage actions", u"Actions visibles (front office)"}, LaneKind::Text},
    {{u"Backstage actions", u"Actions invisibles (back office)"}, LaneKind::Text},
    {{u"Support processes", u"Processus de support"}, LaneKind::Text},
};
constexpr LaneRole blueprintRoles[]
    = {LaneRole::Evidence,   LaneRole::Customer,  LaneRole::None,
       LaneRole::Frontstage, LaneRole::Backstage, LaneRole::Support};
constexpr int blueprintEmotionLane = 2;

const BlueprintStageSeed blueprintStages[] = {
    {{u"Find", u"Recherche"},
     1,
     DurationUnit::Days,
     0.5,
     Plain,
     {u"Website, reviews", u"Site web, avis"},
     {u"Searches for a product", u"Cherche un produit"},
     {u"Chat answers questions", u"Le chat répond aux questions"},
     {u"Catalogue kept up to date", u"Le catalogue est tenu à jour"},
     {u"Product database", u"Base de données produits"}},
    {{u"Order and pay", u"Commande et paiement"},
     1,
     DurationUnit::Hours,
     -0.5,
     Conversion,
     {u"Basket, confirmation e-mail", u"Panier, e-mail de confirmation"},
     {u"Pays", u"Paie"},
     {u"Checkout page", u"Page de paiement"},
     {u"Payment check", u"Contrôle du paiement"},
     {u"Payment provider", u"Prestataire de paiement"}},
    {{u"Delivery", u"Livraison"},
     3,
     DurationUnit::Days,
     1,
     ValueDelivered,
     {u"Parcel, tracking text message", u"Colis, SMS de suivi"},
     {u"Receives the parcel", u"Reçoit le colis"},
     {u"Courier hands over the parcel", u"Le livreur remet le colis"},
     {u"Warehouse prepares the order", u"L'entrepôt prépare la commande"},
     {u"Carrier's tracking system", u"Système de suivi du transporteur"}},
    {{u"After-sales", u"Après-vente"},
     2,
     DurationUnit::Weeks,
     -1,
     Plain,
     {u"Invoice, returns form", u"Facture, formulaire de retour"},
     {u"Asks for a return", u"Demande un retour"},
     {u"Support agent answers", u"Un conseiller répond"},
     {u"Refund approved", u"Le remboursement est validé"},
     {u"Ticketing tool", u"Outil de tickets"}},
};

// A step of a stage that real journeys map in several steps (issue 18). The first step of
// such a stage holds the stage's own cells and only gets a name; the next ones have their own
// score and customer action.
struct StepSeed
{
    Text name;
    double emotion;
    Text actions;
};

struct StageStepsSeed
{
    Kind kind;
    size_t stage; // its index in the template
    Text firstStep;
    StepSeed next[2];
};

const StageStepsSeed stageSteps[] = {
    {Kind::Saas,
     2, // Free trial
     {u"Sign-up form", u"Formulaire d'inscription"},
     {{{u"Confirmation e-mail", u"E-mail de confirmation"},
       -1,
       {u"Waits for the e-mail, finds it in the spam folder",
        u"Attend l'e-mail, le trouve dans les indésirables"}},
      {{u"First login", u"Première connexion"},
       0,
       {u"Logs in and looks for where to start", u"Se connecte et cherche par où commencer"}}}},
    {Kind::Seasonal,
     3, // Purchase
     {u"Cart", u"Panier"},
     {{{u"Payment", u"Paiement"},
       -1,
       {u"Enters the card details, confirms with the bank",
        u"Saisit sa carte, valide auprès de sa banque"}},
      {{u"Confirmation", u"Confirmation"},
       2,
       {u"Reads the order confirmation and delivery date",
        u"Lit la confirmation de commande et la date de livraison"}}}},
    {Kind::Blueprint,
     1, // Order and pay
     {u"Cart", u"Panier"},
     {{{u"Payment", u"Paiement"}, -1, {u"Enters the card details", u"Saisit sa carte bancaire"}},
      {{u"Confirmation", u"Confirmation"},
       0.5,
       {u"Reads the confirmation e-mail", u"Lit l'e-mail de confirmation"}}}},
};

// Splits the stages of `journey` that real journeys map in steps: `actionsLane` is the
// customer actions lane, `emotionLaneIndex` the emotion lane.
void addSteps(Journey &journey, Kind kind, Language language, int actionsLane, int emotionLaneIndex)
{
    for (const StageStepsSeed &seed : stageSteps) {
        if (seed.kind != kind || seed.stage >= journey.stages.size())
            continue;
        Stage &stage = journey.stages[seed.stage];
        stage.steps.front().name = seed.firstStep.in(language);
        for (const StepSeed &next : seed.next) {
            Step step;
            step.id = newId();
            step.name = next.name.in(language);
            Cell emotion;
            emotion.emotion = next.emotion;
            step.cells.insert(journey.lanes[size_t(emotionLaneIndex)].id, emotion);
            Cell actions;
            actions.text = next.actions.in(language);
            step.cells.insert(journey.lanes[size_t(actionsLane)].id, actions);
            stage.steps.push_back(step);
        }
    }
}

// NOLINTNEXTLINE(clang-analyzer-optin.performance.Padding): four entries, read in this order
struct TemplateSeed
{
    Kind kind;
    const char16_t *key;
    Text title;
    Text description;
    RetentionType retention;
};

const TemplateSeed templates[] = {
    {Kind::Saas,
     u"saas",
     {u"SaaS subscription", u"Abonnement SaaS"},
     {u"Continuous retention: a subscription renewed as long as the product keeps delivering "
      u"value.",
      u"Rétention continue : un abonnement renouvelé tant que le produit apporte de la valeur."},
     RetentionType::Continuous},
    {Kind::Seasonal,
     u"seasonal",
     {u"Seasonal purchase", u"Achat saisonnier"},
     {u"Discontinuous retention: customers buy each season or period and must come back next "
      u"time.",
      u"Rétention discontinue : le client achète à chaque saison ou période et doit revenir la "
      u"fois suivante."},
     RetentionType::Discontinuous},
    {Kind::Service,
     u"service",
     {u"Time-boxed service", u"Prestation limitée dans le temps"},
     {u"Intentional retention: an engagement with an end; the customer must choose to come "
      u"back.",
      u"Rétention intentionnelle : une mission qui a une fin ; le client doit choisir de "
      u"revenir."},
     RetentionType::Intentional},
    {Kind::Blueprint,
     u"blueprint",
     {u"Service blueprint", u"Plan de service (service blueprint)"},
     {u"What the customer does, and what the company does to make it happen: frontstage, "
      u"backstage and support, under the lines of interaction, visibility and internal "
      u"interaction.",
      u"Ce que fait le client, et ce que fait l'entreprise pour le rendre possible : front "
      u"office, back office et support, sous les lignes d'interaction, de visibilité et "
      u"d'interaction interne."},
     RetentionType::Unspecified},
};

const TemplateSeed &seedOf(Kind kind)
{
    for (const TemplateSeed &t : templates) {
        if (t.kind == kind)
            return t;
    }
    return templates[0];
}

template<size_t N>
std::vector<const StageSeed *> listOf(const StageSeed (&stages)[N])
{
    std::vector<const StageSeed *> list;
    for (const StageSeed &s : stages)
        list.push_back(&s);
    return list;
}

std::vector<const StageSeed *> stagesOf(Kind kind)
{
    switch (kind) {
    case Kind::Saas: return listOf(saasStages);
    case Kind::Seasonal: return listOf(seasonalStages);
    case Kind::Service: return listOf(serviceStages);
    case Kind::Blueprint: return {}; // blueprintStages, with lanes of their own
    }
    return {};
}

} // namespace

QList<Kind> all()
{
    return {Kind::Saas, Kind::Seasonal, Kind::Service, Kind::Blueprint};
}

QString key(Kind kind)
{
    return QString::fromUtf16(seedOf(kind).key);
}

std::optional<Kind> fromKey(const QString &key)
{
    for (const TemplateSeed &t : templates) {
        if (key.compare(QStringView(t.key), Qt::CaseInsensitive) == 0)
            return t.kind;
    }
    return std::nullopt;
}

QString languageKey(Language language)
{
    return language == Language::French ? u"fr"_s : u"en"_s;
}

std::optional<Language> languageFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == u"en" || k == u"english")
        return Language::English;
    if (k == u"fr" || k == u"french" || k == u"français" || k == u"francais")
        return Language::French;
    return std::nullopt;
}

Language systemLanguage()
{
    return QLocale().language() == QLocale::French ? Language::French : Language::English;
}

QString title(Kind kind, Language language)
{
    return seedOf(kind).title.in(language);
}

QString description(Kind kind, Language language)
{
    return seedOf(kind).description.in(language);
}

RetentionType retentionType(Kind kind)
{
    return seedOf(kind).retention;
}

std::vector<Lane> defaultLanes(Language language)
{
    std::vector<Lane> lanes;
    for (const LaneSeed &seed : laneSeeds) {
        Lane lane;
        lane.id = newId();
        lane.name = seed.name.in(language);
        lane.kind = seed.kind;
        lanes.push_back(lane);
    }
    return lanes;
}

std::vector<Lane> blueprintLanes(Language language)
{
    std::vector<Lane> lanes;
    for (size_t i = 0; i < std::size(blueprintLaneSeeds); ++i) {
        const LaneSeed &seed = blueprintLaneSeeds[i];
        lanes.emplace_back(newId(), seed.name.in(language), seed.kind, true,
                           laneGroupKey(blueprintRoles[i]));
    }
    return lanes;
}

namespace {

Journey makeBlueprint(Language language)
{
    Journey journey;
    journey.id = newId();
    journey.name = title(Kind::Blueprint, language);
    journey.description = description(Kind::Blueprint, language);
    journey.lanes = blueprintLanes(language);
    for (const BlueprintStageSeed &seed : blueprintStages) {
        Stage stage;
        stage.id = newId();
        stage.withOneStep();
        stage.name = seed.name.in(language);
        stage.duration = seed.duration;
        stage.durationUnit = seed.unit;
        stage.isConversion = seed.flags & Conversion;
        stage.isValueDelivered = seed.flags & ValueDelivered;
        const Text *texts[] = {&seed.evidence,   &seed.customer,  nullptr,
                               &seed.frontstage, &seed.backstage, &seed.support};
        for (size_t i = 0; i < journey.lanes.size(); ++i) {
            Cell cell;
            if (int(i) == blueprintEmotionLane)
                cell.emotion = seed.emotion;
            else
                cell.text = texts[i]->in(language);
            stage.firstCells().insert(journey.lanes[i].id, cell);
        }
        journey.stages.push_back(stage);
    }
    addSteps(journey, Kind::Blueprint, language, 1, blueprintEmotionLane);
    return journey;
}

} // namespace

Journey make(Kind kind, Language language)
{
    if (kind == Kind::Blueprint)
        return makeBlueprint(language);
    Journey journey;
    journey.id = newId();
    journey.name = title(kind, language);
    journey.description = description(kind, language);
    journey.lanes = defaultLanes(language);
    const auto &lanes = journey.lanes;
    for (const StageSeed *seed : stagesOf(kind)) {
        Stage stage;
        stage.id = newId();
        stage.withOneStep();
        stage.name = seed->name.in(language);
        stage.description = seed->description.in(language);
        if (seed->duration != noDuration)
            stage.duration = seed->duration;
        stage.durationUnit = seed->unit;
        stage.isConversion = seed->flags & Conversion;
        stage.isValueDelivered = seed->flags & ValueDelivered;
        const Text *texts[]
            = {&seed->actions, &seed->touchpoints,   &seed->channels, &seed->thoughts, nullptr,
               &seed->pains,   &seed->opportunities, &seed->owner,    &seed->kpis};
        for (size_t i = 0; i < lanes.size(); ++i) {
            Cell cell;
            if (int(i) == emotionLane)
                cell.emotion = seed->emotion;
            else
                cell.text = texts[i]->in(language);
            if (!cell.isEmpty())
                stage.firstCells().insert(lanes[i].id, cell);
        }
        journey.stages.push_back(stage);
    }
    addSteps(journey, kind, language, 0, emotionLane);
    return journey;
}

Journey blank(const QString &name, Language language)
{
    Journey journey;
    journey.id = newId();
    journey.name = name;
    journey.lanes = defaultLanes(language);
    for (int i = 1; i <= 3; ++i) {
        Stage stage;
        stage.id = newId();
        stage.withOneStep();
        stage.name = (language == Language::French ? u"Étape %1"_s : u"Stage %1"_s).arg(i);
        journey.stages.push_back(stage);
    }
    return journey;
}

Workspace makeWorkspace(std::optional<Kind> kind, Language language)
{
    Workspace workspace;
    if (kind) {
        workspace.info.retentionType = retentionType(*kind);
        workspace.journeys.push_back(make(*kind, language));
    }
    return workspace;
}

} // namespace Parcours::JourneyTemplates
