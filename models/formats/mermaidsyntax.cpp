#include "formats/mermaidsyntax.h"

#include "formats/mermaidformat.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours::MermaidSyntax {

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'_';
}

} // namespace

QString excerpt(QStringView text)
{
    constexpr qsizetype max = 60;
    return text.size() <= max ? text.toString() : text.left(max).toString() + u'…';
}

// Length of a Mermaid entity ("#58;", "#quot;": '#', word characters, ';') at text[i], or 0.
qsizetype entityLength(QStringView text, qsizetype i)
{
    constexpr qsizetype maxLength = 32; // bounded, so scanning stays linear
    if (i >= text.size() || text.at(i) != u'#')
        return 0;
    qsizetype j = i + 1;
    while (j < text.size() && j - i <= maxLength && isWordChar(text.at(j)))
        ++j;
    return j > i + 1 && j < text.size() && text.at(j) == u';' ? j - i + 1 : 0;
}

std::optional<QString> entityText(QStringView entity)
{
    const QStringView inner = entity.mid(1, entity.size() - 2);
    if (std::all_of(inner.begin(), inner.end(), [](QChar c) { return c.isDigit(); })) {
        if (inner.size() > 7)
            return std::nullopt;
        const uint code = inner.toUInt();
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::nullopt;
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {u"quot"_s, u"\""_s},  {u"amp"_s, u"&"_s},       {u"lt"_s, u"<"_s},     {u"gt"_s, u">"_s},
        {u"apos"_s, u"'"_s},   {u"nbsp"_s, u"\u00a0"_s}, {u"colon"_s, u":"_s},  {u"semi"_s, u";"_s},
        {u"num"_s, u"#"_s},    {u"percnt"_s, u"%"_s},    {u"comma"_s, u","_s},  {u"lcub"_s, u"{"_s},
        {u"rcub"_s, u"}"_s},   {u"lbrace"_s, u"{"_s},    {u"rbrace"_s, u"}"_s}, {u"hash"_s, u"#"_s},
        {u"commat"_s, u"@"_s}, {u"excl"_s, u"!"_s},
    };
    const auto it = named.constFind(inner.toString());
    return it == named.cend() ? std::nullopt : std::optional<QString>(*it);
}

// Length of "<br>", "<br/>", "<br />" (any case) at text[i], or 0: Mermaid's line break.
qsizetype lineBreakLength(QStringView text, qsizetype i)
{
    if (text.size() - i < 4 || text.at(i) != u'<'
        || text.mid(i + 1, 2).compare(u"br", Qt::CaseInsensitive) != 0)
        return 0;
    qsizetype j = i + 3;
    while (j < text.size() && text.at(j).isSpace())
        ++j;
    if (j < text.size() && text.at(j) == u'/')
        ++j;
    return j < text.size() && text.at(j) == u'>' ? j - i + 1 : 0;
}

// A '#' that does not start an entity: Mermaid reads it as the start of a comment.
bool hasBareHash(QStringView text)
{
    for (qsizetype i = text.indexOf(u'#'); i >= 0; i = text.indexOf(u'#', i + 1)) {
        if (entityLength(text, i) == 0)
            return true;
    }
    return false;
}

// A ';' that does not end an entity: Mermaid does not accept it in a statement.
bool hasBareSemicolon(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const qsizetype length = entityLength(text, i))
            i += length - 1;
        else if (text.at(i) == u';')
            return true;
    }
    return false;
}

// "title Foo" → rest "Foo" for word "title": case-insensitive, followed by a space or the end.
bool startsWithWord(QStringView line, QLatin1StringView word, QStringView *rest)
{
    if (line.size() < word.size() || line.left(word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    if (line.size() > word.size() && !line.at(word.size()).isSpace())
        return false;
    *rest = line.mid(word.size());
    return true;
}

// "accDescr: Foo" → rest "Foo" for key "accDescr" and separator ':'.
bool startsWithKey(QStringView line, QLatin1StringView key, QChar separator, QStringView *rest)
{
    if (line.size() < key.size() || line.left(key.size()).compare(key, Qt::CaseInsensitive) != 0)
        return false;
    qsizetype i = key.size();
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    if (i >= line.size() || line.at(i) != separator)
        return false;
    *rest = line.mid(i + 1);
    return true;
}

// An accessibility description as Mermaid keeps it: entities decoded, trimmed, and the
// indentation after each line break dropped.
QString readDescription(QStringView raw)
{
    const QString text = MermaidFormat::decode(raw).trimmed();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        out += text.at(i);
        if (text.at(i) == u'\n') {
            while (i + 1 < text.size() && text.at(i + 1).isSpace())
                ++i;
        }
    }
    return out;
}

std::optional<double> parseScore(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> scoreDigit(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() == 1 && trimmed.at(0) >= u'1' && trimmed.at(0) <= u'5')
        return trimmed.at(0).unicode() - u'0';
    return std::nullopt;
}

QStringList splitActors(QStringView text)
{
    QStringList actors;
    for (QStringView part : text.split(u',')) {
        const QString actor = MermaidFormat::decode(part).trimmed();
        if (!actor.isEmpty())
            actors << actor;
    }
    return actors;
}

// Escapes in a customer-actions cell line: only what would change how the line reads back.
QString cellEscape(const QString &text, bool colons, bool commas)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'#' && entityLength(text, i) > 0)
            out += u"#35;"_s;
        else if (c == u'<' && lineBreakLength(text, i) > 0)
            out += u"#60;"_s;
        else if (colons && c == u':')
            out += u"#58;"_s;
        else if (commas && c == u',')
            out += u"#44;"_s;
        else
            out += c;
    }
    return out;
}

} // namespace Parcours::MermaidSyntax
