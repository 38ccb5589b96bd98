#pragma once

#include "domain/workspace.h"

#include <QList>

#include <optional>

// Starting points for new journeys: one per retention type of seed 000, with stages, the
// default lanes and sample cells, in English or French (chosen explicitly, independent of the
// interface language, so that a French workshop can use an English interface).
namespace Parcours::JourneyTemplates {

enum class Kind {
    Saas, // SaaS subscription: continuous retention
    Seasonal, // seasonal or periodic purchase: discontinuous retention
    Service, // time-boxed service: intentional retention
    Blueprint, // service blueprint: the five lane groups and their lines (issue 21)
};

enum class Language { English, French };

QList<Kind> all();
QString key(Kind kind); // "saas", "seasonal", "service"
std::optional<Kind> fromKey(const QString &key);
QString languageKey(Language language); // "en", "fr"
std::optional<Language> languageFromKey(const QString &key);
// French when the system locale is French, English otherwise.
Language systemLanguage();

QString title(Kind kind, Language language);
QString description(Kind kind, Language language);
RetentionType retentionType(Kind kind);

// Customer actions, touchpoints, channels, thoughts, emotion, pain points, opportunities,
// owner team, KPIs; with fresh ids.
std::vector<Lane> defaultLanes(Language language);

// The blueprint's lanes, top to bottom: physical evidence, customer actions, emotion (in no
// group), frontstage, backstage and support, each in its group; with fresh ids.
std::vector<Lane> blueprintLanes(Language language);

// A complete journey with fresh ids: stages (durations, emotion scores, one conversion and
// one value-delivered stage), the default lanes and sample cells. The stages real journeys map
// in steps have them (sign-up: form, confirmation e-mail, first login; purchase: cart,
// payment, confirmation), each step with its own score and customer action.
Journey make(Kind kind, Language language);
// The default lanes and three empty stages.
Journey blank(const QString &name, Language language);
// A workspace for `parcours new`: empty, or holding one journey from a template (and that
// template's retention type).
Workspace makeWorkspace(std::optional<Kind> kind, Language language);

} // namespace Parcours::JourneyTemplates
