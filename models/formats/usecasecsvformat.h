#pragma once

#include "workspaceformat.h"

namespace Parcours {

// Use-case maps as CSV, one row per use case (a row with only a persona name stands for a
// persona without use cases):
//   persona,problem,use_case,why_better,alternative,frequency,weight,status,notes
// Reading accepts a BOM, ',' or ';' delimiters and decimal commas in weights; frequencies in
// any phrase UsageFrequency::parse() reads. Writing uses ',', no BOM, exact English phrases.
class UseCaseCsvFormat final : public WorkspaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseCsvFormat)

public:
    static const QStringList &header();

    QString shortName() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    ImportResult read(const QByteArray &data, const ImportOptions &options) const override;
    ExportResult write(const Workspace &workspace, const ExportOptions &options) const override;
};

// Reading the fields of one use case from text, shared by CSV import and pasting rows.
namespace UseCaseText {
// "0,5", "0.5" or "" (no weight). Returns false with a translated reason when invalid.
bool parseWeight(const QString &text, std::optional<double> *weight, QString *error);
// "current", "planned" (and French "actuel", "prévu"); "" is current.
bool parseStatus(const QString &text, UseCaseStatus *status, QString *error);
// "" is no frequency yet.
bool parseFrequency(const QString &text, UsageFrequency *frequency, QString *error);
QString formatWeight(const std::optional<double> &weight);
// The eight use-case columns in header order (without persona).
QStringList fields(const UseCase &useCase);
// Reads the eight use-case columns; `problems` gets one translated reason per bad field.
UseCase fromFields(const QStringList &fields, QStringList *problems);
} // namespace UseCaseText

} // namespace Parcours
