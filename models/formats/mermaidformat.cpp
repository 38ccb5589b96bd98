#include "formats/mermaidformat.h"

#include "formats/mermaidreader.h"
#include "formats/mermaidsyntax.h"
#include "formats/mermaidwriter.h"
#include "formats/utf8text.h"

#include <algorithm>

// The reader is in mermaidreader.cpp, the writer in mermaidwriter.cpp, the text rules they
// share in mermaidsyntax.cpp; here: the format's entry points and the Markdown blocks.

using namespace Qt::StringLiterals;

namespace Parcours {

using namespace MermaidSyntax;

namespace {

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        lines << text.mid(start, i - start);
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    lines << text.mid(start);
    return lines;
}

struct Block
{
    qsizetype begin = 0; // first line inside the fence
    qsizetype end = 0; // the closing fence, or the end of the file
};

// The ```mermaid (or ~~~mermaid, ```mermaid-example) blocks of a Markdown file.
std::vector<Block> mermaidBlocks(const QStringList &lines)
{
    std::vector<Block> blocks;
    bool inFence = false;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool isMermaid = false;
    qsizetype begin = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        qsizetype p = 0;
        while (p < line.size() && p < 4 && line.at(p) == u' ')
            ++p;
        if (p > 3 || p >= line.size() || (line.at(p) != u'`' && line.at(p) != u'~'))
            continue;
        const QChar c = line.at(p);
        qsizetype length = 0;
        while (p + length < line.size() && line.at(p + length) == c)
            ++length;
        if (length < 3)
            continue;
        const QString info = line.mid(p + length).trimmed();
        if (!inFence) {
            if (c == u'`' && info.contains(u'`'))
                continue;
            const QString language = info.section(u' ', 0, 0).toLower();
            inFence = true;
            fenceChar = c;
            fenceLength = length;
            isMermaid = language == u"mermaid" || language == u"mermaid-example";
            begin = i + 1;
        } else if (c == fenceChar && length >= fenceLength && info.isEmpty()) {
            inFence = false;
            if (isMermaid)
                blocks.push_back({begin, i});
        }
    }
    if (inFence && isMermaid)
        blocks.push_back({begin, lines.size()});
    return blocks;
}

bool isJourneyBlock(const QStringList &lines, const Block &block)
{
    bool frontMatter = false;
    for (qsizetype i = block.begin; i < block.end; ++i) {
        const QString text = lines.at(i).trimmed();
        if (text == u"---") {
            frontMatter = !frontMatter;
            continue;
        }
        if (frontMatter || text.isEmpty() || text.startsWith(u"%%"_s))
            continue;
        QStringView rest;
        return startsWithWord(text, "journey"_L1, &rest);
    }
    return false;
}

} // namespace

MermaidFormat::Task MermaidFormat::parseActionLine(const QString &line)
{
    Task task;
    const qsizetype last = line.lastIndexOf(u':');
    if (last >= 0) {
        if (const auto score = scoreDigit(QStringView(line).mid(last + 1))) {
            task.name = decode(QStringView(line).left(last)).trimmed();
            task.score = score;
            return task;
        }
        const qsizetype before = last > 0 ? line.lastIndexOf(u':', last - 1) : -1;
        if (before >= 0) {
            if (const auto score
                = scoreDigit(QStringView(line).mid(before + 1, last - before - 1))) {
                task.name = decode(QStringView(line).left(before)).trimmed();
                task.score = score;
                task.actors = splitActors(QStringView(line).mid(last + 1));
                return task;
            }
        }
    }
    task.name = line.trimmed();
    return task;
}

QString MermaidFormat::actionLine(const Task &task)
{
    QStringList actors;
    for (const QString &actor : task.actors)
        actors << cellEscape(actor, true, true);
    const QString tail = u": "_s + QString::number(task.score.value_or(3))
        + (actors.isEmpty() ? QString() : u": "_s + actors.join(u", "_s));
    QString line = cellEscape(task.name, false, false) + tail;
    Task expected = task;
    expected.score = task.score.value_or(3);
    if (!(parseActionLine(line) == expected)) // a colon in the name reads as a field
        line = cellEscape(task.name, true, false) + tail;
    return line;
}

QString MermaidFormat::escape(const QString &text, NameKind kind)
{
    QString out;
    out.reserve(text.size() + 8);
    const bool names
        = kind == NameKind::Section || kind == NameKind::Task || kind == NameKind::Actor;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'#': out += u"#35;"_s; break;
        case u';': out += u"#59;"_s; break;
        case u'%': out += u"#37;"_s; break;
        case u'<': out += u"#60;"_s; break;
        case u'\r': out += u"#13;"_s; break;
        case u':': out += names ? u"#58;"_s : u":"_s; break;
        case u',': out += kind == NameKind::Actor ? u"#44;"_s : u","_s; break;
        case u'}': out += kind == NameKind::Description ? u"#125;"_s : u"}"_s; break;
        case u'\n': out += kind == NameKind::Description ? u"\n"_s : u"<br>"_s; break;
        default: out += c;
        }
    }
    if (kind == NameKind::Task && !out.isEmpty()) {
        // A task line must not start like a statement, nor close a Markdown fence.
        static const QLatin1StringView keywords[]
            = {"journey"_L1, "title"_L1, "section"_L1, "acctitle"_L1, "accdescr"_L1};
        const bool keyword
            = std::any_of(std::begin(keywords), std::end(keywords), [&out](QLatin1StringView k) {
                  return out.startsWith(k, Qt::CaseInsensitive);
              });
        if (keyword || out.front() == u'`' || out.front() == u'~')
            out.replace(0, 1, u"#%1;"_s.arg(out.front().unicode()));
    }
    if ((kind == NameKind::Section || kind == NameKind::Task) && out.trimmed().isEmpty())
        return u"#32;"_s; // Mermaid needs a name; reads back as empty
    return out;
}

QString MermaidFormat::decode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'#') {
            if (const qsizetype length = entityLength(text, i)) {
                if (const auto decoded = entityText(text.mid(i, length))) {
                    out += *decoded;
                    i += length - 1;
                    continue;
                }
            }
        } else if (c == u'<') {
            if (const qsizetype length = lineBreakLength(text, i)) {
                out += u'\n';
                i += length - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString MermaidFormat::shortName() const
{
    return u"mermaid"_s;
}

QString MermaidFormat::displayName() const
{
    return tr("Mermaid user journey");
}

QString MermaidFormat::nameFilter() const
{
    return u"*.mmd *.mermaid *.md"_s;
}

ImportResult MermaidFormat::read(const QByteArray &data, const ImportOptions &options) const
{
    ImportResult result;
    const QString &file = options.fileName;
    const Utf8Text decoded = decodeUtf8(data);
    if (decoded.badLine != 0) {
        result.addError(options, decoded.badLine,
                        decoded.nulByte
                            ? tr("a NUL character (byte 0) is not text; no field may hold it")
                            : tr("the text is not UTF-8"));
        return result;
    }
    const QString &text = decoded.text;
    if (text.trimmed().isEmpty()) {
        result.errors << u"%1:1: %2"_s.arg(
            file, tr("the file is empty; expected a Mermaid user journey (\"journey\")"));
        return result;
    }
    const QStringList lines = splitLines(text);
    const std::vector<Block> blocks = mermaidBlocks(lines);
    Block chosen {0, lines.size()};
    if (!blocks.empty()) { // Markdown: the n-th ```mermaid block holding a journey
        std::vector<Block> journeys;
        std::copy_if(blocks.cbegin(), blocks.cend(), std::back_inserter(journeys),
                     [&lines](const Block &b) { return isJourneyBlock(lines, b); });
        if (journeys.empty()) {
            result.errors << u"%1: %2"_s.arg(
                file, tr("no ```mermaid block of this file holds a user journey (\"journey\")"));
            return result;
        }
        if (options.block > int(journeys.size())) {
            result.errors << u"%1: %2"_s.arg(file,
                                             tr("--block %1: the file has %n Mermaid "
                                                "journey block(s)",
                                                nullptr, int(journeys.size()))
                                                 .arg(options.block));
            return result;
        }
        chosen = journeys[size_t(std::max(1, options.block) - 1)];
    } else if (options.block > 1) {
        result.errors << u"%1: %2"_s.arg(
            file,
            tr("--block %1: the file is one Mermaid diagram, not Markdown with ```mermaid blocks")
                .arg(options.block));
        return result;
    }

    readMermaidDiagram(lines, chosen.begin, chosen.end, file, result);
    return result;
}

ExportResult MermaidFormat::write(const Workspace &workspace, const ExportOptions &options) const
{
    const Journey *journey = nullptr;
    if (options.journey) {
        journey = workspace.journey(options.journey);
        if (!journey)
            return {{}, tr("the journey to export is not in the workspace")};
    } else if (workspace.journeys.size() == 1) {
        journey = &workspace.journeys.front();
    } else if (workspace.journeys.empty()) {
        return {{}, tr("the workspace has no journey to export")};
    } else {
        QStringList names;
        for (const Journey &j : workspace.journeys)
            names << j.name;
        return {{},
                tr("a Mermaid diagram holds one journey; choose one with --journey: %1")
                    .arg(names.join(u", "_s))};
    }
    const Persona *persona = workspace.persona(journey->personaId);
    QHash<Id, QString> personaNames;
    for (const Persona &p : workspace.personas)
        personaNames.insert(p.id, p.name);
    return {
        MermaidWriter::exportJourney(*journey, persona ? persona->name : QString(), personaNames)
            .toUtf8(),
        {}};
}

} // namespace Parcours
