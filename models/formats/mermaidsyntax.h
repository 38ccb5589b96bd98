#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Mermaid's text rules that the reader and the writer share: entities ("#58;"), line breaks
// (<br>), statement keywords, actor lists and scores.
namespace Parcours::MermaidSyntax {

// Comment lines carrying what Mermaid cannot show; the JSON follows the prefix.
inline const QString journeyMetaPrefix = QStringLiteral("%% parcours-journey ");
inline const QString stageMetaPrefix = QStringLiteral("%% parcours-stage ");

// User text quoted in a message, shortened.
QString excerpt(QStringView text);
// Length of a Mermaid entity ("#58;", "#quot;": '#', word characters, ';') at text[i], or 0.
qsizetype entityLength(QStringView text, qsizetype i);
// The text of an entity, when Mermaid knows it.
std::optional<QString> entityText(QStringView entity);
// Length of "<br>", "<br/>", "<br />" (any case) at text[i], or 0: Mermaid's line break.
qsizetype lineBreakLength(QStringView text, qsizetype i);
// A '#' that does not start an entity: Mermaid reads it as the start of a comment.
bool hasBareHash(QStringView text);
// A ';' that does not end an entity: Mermaid does not accept it in a statement.
bool hasBareSemicolon(QStringView text);
// "title Foo" → rest "Foo" for word "title": case-insensitive, followed by a space or the end.
bool startsWithWord(QStringView line, QLatin1StringView word, QStringView *rest);
// "accDescr: Foo" → rest "Foo" for key "accDescr" and separator ':'.
bool startsWithKey(QStringView line, QLatin1StringView key, QChar separator, QStringView *rest);
// An accessibility description as Mermaid keeps it: entities decoded, trimmed, and the
// indentation after each line break dropped.
QString readDescription(QStringView raw);
// A task's score field as a number, when it is one.
std::optional<double> parseScore(QStringView text);
// A score field that is one digit 1…5.
std::optional<int> scoreDigit(QStringView text);
// "Me, #44;Cat" → [Me, ,Cat]: decoded, trimmed, empty ones left out.
QStringList splitActors(QStringView text);
// Escapes in a customer-actions cell line: only what would change how the line reads back.
QString cellEscape(const QString &text, bool colons, bool commas);

} // namespace Parcours::MermaidSyntax
