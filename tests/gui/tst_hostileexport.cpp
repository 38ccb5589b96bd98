// Posters of a workspace whose names and texts are hostile markup: every SVG stays well-formed
// XML with only the elements QSvgGenerator writes (no script, no foreignObject), and the names
// read back as text; PDF metadata holds the title as it is. A full disk (or a file size limit)
// fails an export with the system's reason and leaves no file.
#include "posters/dashboardpostercontent.h"
#include "posters/journeypostercontent.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"
#include "posters/usecasemappostercontent.h"
#include "store/workspacestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <sys/resource.h>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

const QString scriptTitle = u"</title><script>alert(1)</script><title>"_s;
const QString unclosed = u"J<x"_s;
const QString foreign = u"<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"
                        u"</foreignObject>"_s;
const QString entities = u"a & b ]]> \"q\" 'a' <!-- c --> &amp;"_s;

Workspace hostileWorkspace()
{
    Workspace w;
    w.info.name = scriptTitle;
    w.info.product = foreign;
    Persona persona;
    persona.id = 1;
    persona.name = unclosed;
    persona.description = entities;
    persona.useCases.push_back({2,
                                scriptTitle,
                                unclosed,
                                foreign,
                                entities,
                                UsageFrequency(2, 1, Period::Month),
                                1.0,
                                UseCaseStatus::Current,
                                scriptTitle,
                                {}});
    w.personas.push_back(persona);
    for (const QString &name : {scriptTitle, unclosed}) {
        Journey j;
        j.id = 10 + Id(w.journeys.size());
        j.name = name;
        j.description = foreign;
        j.personaId = persona.id;
        j.lanes = {{20, entities, LaneKind::Text, true}, {21, unclosed, LaneKind::Emotion, true}};
        for (int i = 0; i < 2; ++i) {
            Stage s;
            s.id = 30 + i;
            s.withOneStep();
            s.name = i == 0 ? scriptTitle : unclosed;
            s.description = entities;
            s.entering = 100 - 10 * i;
            s.firstCells().insert(20, Cell {foreign, std::nullopt});
            s.firstCells().insert(21, Cell {QString(), i == 0 ? 1.0 : -1.0});
            j.stages.push_back(s);
        }
        w.journeys.push_back(j);
    }
    MetricPeriod m;
    m.id = 40;
    m.periodStart = QDate(2026, 1, 1);
    m.periodEnd = QDate(2026, 1, 31);
    m.customersStart = 70;
    m.customersNew = 30;
    m.customersEnd = 90;
    w.metrics.push_back(m);
    return w;
}

// The elements QSvgGenerator (6.4) writes for what Parcours paints.
const QStringList generatorElements
    = QString(u"svg title desc defs g path rect text image polyline polygon ellipse circle line "
              u"mask pattern stop linearGradient radialGradient"_s)
          .split(u' ');

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestHostileExport : public QObject
{
    Q_OBJECT

private slots:
    void svgHasOnlyGeneratorMarkup_data();
    void svgHasOnlyGeneratorMarkup();
    void pdfMetadataKeepsTheTitle_data();
    void pdfMetadataKeepsTheTitle();
    void fullDeviceSaysWhy();
    void fileSizeLimitLeavesNoFile();
    void commandLineFileSizeLimitLeavesNoFile();
    void largeSvgWrittenWholeOrNotAtAll();

private:
    std::unique_ptr<PosterContent> content(const QString &kind) const;
    Workspace mWorkspace = hostileWorkspace();
};

std::unique_ptr<PosterContent> TestHostileExport::content(const QString &kind) const
{
    if (kind == u"journey script")
        return std::make_unique<JourneyPosterContent>(mWorkspace, mWorkspace.journeys[0].id);
    if (kind == u"journey unclosed")
        return std::make_unique<JourneyPosterContent>(mWorkspace, mWorkspace.journeys[1].id);
    if (kind == u"use-case map")
        return std::make_unique<UseCaseMapPosterContent>(mWorkspace, mWorkspace.personas[0].id);
    return std::make_unique<DashboardPosterContent>(mWorkspace);
}

static void addKinds()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"journey script", "journey unclosed", "use-case map", "dashboard"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestHostileExport::svgHasOnlyGeneratorMarkup_data()
{
    addKinds();
}

void TestHostileExport::svgHasOnlyGeneratorMarkup()
{
    QFETCH(QString, kind);
    const std::unique_ptr<PosterContent> poster = content(kind);
    const PosterRenderer renderer(*poster);
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A3);
    const PosterLayout layout = renderer.layout(settings);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"poster.svg"_s);
    const PosterExporter::Result r
        = PosterExporter(renderer, layout).write(PosterExporter::Format::Svg, path);
    QVERIFY2(r.ok, qPrintable(r.error));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString title;
    QString text;
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            QVERIFY2(generatorElements.contains(name),
                     qPrintable(u"<%1> at line %2"_s.arg(name).arg(xml.lineNumber())));
            const auto attributes = xml.attributes();
            for (const QXmlStreamAttribute &a : attributes)
                QVERIFY2(!a.name().startsWith(u"on"), qPrintable(a.name().toString()));
            stack << name;
        } else if (xml.isEndElement()) {
            stack.removeLast();
        } else if (xml.isCharacters() && !stack.isEmpty()) {
            if (stack.last() == u"title")
                title += xml.text();
            else if (stack.last() == u"text")
                text += xml.text();
        }
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber())));
    // The names come back as the text they are.
    QCOMPARE(title, renderer.documentTitle());
    QVERIFY2(text.contains(unclosed), qPrintable(text.left(300)));
}

void TestHostileExport::pdfMetadataKeepsTheTitle_data()
{
    addKinds();
}

void TestHostileExport::pdfMetadataKeepsTheTitle()
{
    QFETCH(QString, kind);
    const std::unique_ptr<PosterContent> poster = content(kind);
    const PosterRenderer renderer(*poster);
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A3);
    const PosterLayout layout = renderer.layout(settings);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"poster.pdf"_s);
    const PosterExporter::Result r
        = PosterExporter(renderer, layout).write(PosterExporter::Format::Pdf, path);
    QVERIFY2(r.ok, qPrintable(r.error));

    // The XMP metadata, when written, is well-formed XML with the title as text.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const qsizetype start = bytes.indexOf("<x:xmpmeta");
    const qsizetype end = bytes.indexOf("</x:xmpmeta>");
    if (start >= 0 && end > start) {
        QXmlStreamReader xml(bytes.mid(start, end - start + 12));
        QString titles;
        bool inTitle = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                QVERIFY(xml.name() != u"script");
                if (xml.name() == u"title")
                    inTitle = true;
            } else if (xml.isEndElement() && xml.name() == u"title") {
                inTitle = false;
            } else if (inTitle && xml.isCharacters()) {
                titles += xml.text();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(titles.trimmed(), renderer.documentTitle());
    }
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const QString info = runTool(pdfinfo, {path});
    static const QRegularExpression titleLine(u"^Title:\\s+(.*)$"_s,
                                              QRegularExpression::MultilineOption);
    QCOMPARE(titleLine.match(info).captured(1), renderer.documentTitle());
}

// As root, a rename over /dev/full would replace the device: an export must write to it, and
// get the system's "No space left on device".
void TestHostileExport::fullDeviceSaysWhy()
{
    const QFileInfo device(u"/dev/full"_s);
    if (!device.exists() || device.isFile())
        QSKIP("no /dev/full device");
    const std::unique_ptr<PosterContent> poster = content(u"journey unclosed"_s);
    const PosterRenderer renderer(*poster);
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A4);
    const PosterLayout layout = renderer.layout(settings);
    const QString reason = QString::fromLocal8Bit(std::strerror(ENOSPC));
    for (auto format :
         {PosterExporter::Format::Pdf, PosterExporter::Format::Svg, PosterExporter::Format::Png}) {
        const PosterExporter::Result r
            = PosterExporter(renderer, layout).write(format, device.filePath(), 72);
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QVERIFY2(!QFileInfo(device.filePath()).isFile(), "/dev/full was replaced by a file");
    }
    // The format exports of the command line too.
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(workspace, mWorkspace).store);
    QProcess p;
    p.start(QStringLiteral(PARCOURS_EXECUTABLE),
            {u"export"_s, workspace, u"--format"_s, u"json"_s, u"-o"_s, device.filePath()});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY(p.exitCode() != 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY2(!QFileInfo(device.filePath()).isFile(), "/dev/full was replaced by a file");
}

// A write refused half-way (here by the file size limit, as a full disk would): the system's
// reason, and neither the target nor a temporary file left in the folder.
void TestHostileExport::fileSizeLimitLeavesNoFile()
{
    const std::unique_ptr<PosterContent> poster = content(u"journey unclosed"_s);
    const PosterRenderer renderer(*poster);
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A4);
    const PosterLayout layout = renderer.layout(settings);
    QTemporaryDir dir;
    const QString reason = QString::fromLocal8Bit(std::strerror(EFBIG));

    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // else the process is killed
    QStringList errors;
    for (auto format :
         {PosterExporter::Format::Pdf, PosterExporter::Format::Svg, PosterExporter::Format::Png}) {
        rlimit small = saved;
        small.rlim_cur = 2048;
        setrlimit(RLIMIT_FSIZE, &small);
        const PosterExporter::Result r
            = PosterExporter(renderer, layout)
                  .write(format, dir.filePath(u"poster."_s + PosterExporter::suffix(format)), 150);
        setrlimit(RLIMIT_FSIZE, &saved);
        errors << (r.ok ? u"written"_s : r.error);
    }
    std::signal(SIGXFSZ, previousHandler);
    for (const QString &error : std::as_const(errors))
        QVERIFY2(error.contains(reason), qPrintable(errors.join(u" | "_s)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

// `parcours export --format` under a file size limit: Qt 6.4's QSaveFile::commit() ignores a
// failed last flush and renamed a truncated file into place, reporting success.
void TestHostileExport::commandLineFileSizeLimitLeavesNoFile()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(workspace, mWorkspace).store);
    const QString reason = QString::fromLocal8Bit(std::strerror(EFBIG));
    const QList<QStringList> exports = {{u"--format"_s, u"json"_s},
                                        {u"--format"_s, u"usecases-csv"_s},
                                        {u"--dashboard"_s, u"--format"_s, u"svg"_s},
                                        {u"--dashboard"_s, u"--format"_s, u"pdf"_s}};
    for (const QStringList &options : exports) {
        const QString output = dir.filePath(u"out"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit small {};
            getrlimit(RLIMIT_FSIZE, &small);
            small.rlim_cur = 256;
            setrlimit(RLIMIT_FSIZE, &small);
        });
        p.start(QStringLiteral(PARCOURS_EXECUTABLE),
                QStringList {u"export"_s, workspace} + options + QStringList {u"-o"_s, output});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() != 0, qPrintable(options.join(u' ')));
        QVERIFY2(err.contains(reason), qPrintable(err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {u"w.parcours"_s});
    }
}

// A journey whose SVG is larger than ExportFile's 256 KB buffer: QSvgGenerator hands the
// whole document over in one write, which goes to the file as it is (not copied into the
// buffer). It arrives complete, or a file size limit refuses it with the system's reason and
// leaves no file.
void TestHostileExport::largeSvgWrittenWholeOrNotAtAll()
{
    Workspace w;
    Journey j;
    j.id = 1;
    j.name = u"Large"_s;
    j.lanes
        = {{2, u"Actions"_s, LaneKind::Text, true}, {3, u"Pain points"_s, LaneKind::Text, true}};
    for (int i = 0; i < 60; ++i) {
        Stage s;
        s.id = 100 + i;
        s.withOneStep();
        s.name = u"Stage %1 <&>"_s.arg(i + 1);
        for (Id lane : {2, 3})
            s.firstCells().insert(lane, Cell {u"Line one of %1\nLine two & three"_s.arg(i), {}});
        j.stages.push_back(s);
    }
    w.journeys.push_back(j);
    const JourneyPosterContent poster(w, j.id);
    const PosterRenderer renderer(poster);
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A0);
    const PosterLayout layout = renderer.layout(settings);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.svg"_s);
    const PosterExporter::Result written
        = PosterExporter(renderer, layout).write(PosterExporter::Format::Svg, path, 72);
    QVERIFY2(written.ok, qPrintable(written.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    file.close();
    QVERIFY2(svg.size() > 256 * 1024, qPrintable(QString::number(svg.size())));
    QVERIFY(svg.endsWith("</svg>\n"));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(QFile::remove(path));

    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 128 * 1024;
    setrlimit(RLIMIT_FSIZE, &small);
    const PosterExporter::Result refused
        = PosterExporter(renderer, layout).write(PosterExporter::Format::Svg, path, 72);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
             qPrintable(refused.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

QTEST_MAIN(TestHostileExport)
#include "tst_hostileexport.moc"
