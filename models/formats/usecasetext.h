#pragma once

#include "domain/persona.h"

#include <QCoreApplication>
#include <QStringList>

namespace Parcours {

// The fields of one use case as text and back: CSV files, the clipboard, table editing.
namespace UseCaseText {
// "0,5", "0.5" or "" (no weight). Returns false with a translated reason when invalid.
bool parseWeight(const QString &input, std::optional<double> *weight, QString *error);
// "current", "planned" (and French "actuel", "prévu"); "" is current.
bool parseStatus(const QString &input, UseCaseStatus *status, QString *error);
// "" is no frequency yet.
bool parseFrequency(const QString &text, UsageFrequency *frequency, QString *error);
QString formatWeight(const std::optional<double> &weight);
// The eight use-case columns in header order (without persona).
QStringList fields(const UseCase &useCase);
// Reads the eight use-case columns, and the events as a ninth when there is one; `problems`
// gets one translated reason per bad field.
UseCase fromFields(const QStringList &fields, QStringList *problems);
// A use case's events as one text, names separated by '|' (CSV files, the table), and back;
// blank names are dropped.
QString formatEvents(const QStringList &events);
QStringList parseEvents(const QString &text);
} // namespace UseCaseText

class UseCaseTextMessages
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::UseCaseText)
};

} // namespace Parcours
