#include "document/edits.h"
#include "formats/usecasecsvformat.h"
#include "formats/workspaceformat.h"

#include <QFile>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PARCOURS_TEST_DATA) + u"/usecases/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

ImportResult import(const QByteArray &data, bool skipBadRows = false)
{
    ImportOptions options;
    options.fileName = u"map.csv"_s;
    options.skipBadRows = skipBadRows;
    return UseCaseCsvFormat().read(data, options);
}

Workspace sampleWorkspace()
{
    Workspace w;
    Persona buyer;
    buyer.id = 1;
    buyer.name = u"Home buyer"_s;
    UseCase purchase;
    purchase.id = 11;
    purchase.problem = u"Finding a home, fast"_s;
    purchase.useCase = u"Search \"listings\" and book visits"_s;
    purchase.whyBetter = u"Every listing in one place;\nwith price history"_s;
    purchase.alternative = u"Agences immobilières"_s;
    purchase.frequency = UsageFrequency(1, 5.5, Period::Year);
    purchase.weight = 0.7;
    purchase.notes = u" leading space, trailing space "_s;
    UseCase zestimate;
    zestimate.id = 12;
    zestimate.useCase = u"Zestimate"_s;
    zestimate.frequency = UsageFrequency(1, 1, Period::Month);
    zestimate.weight = 0.2;
    zestimate.status = UseCaseStatus::Planned;
    UseCase odd;
    odd.id = 13;
    odd.useCase = u"Odd cadence"_s;
    odd.frequency = UsageFrequency(1.0 / 3.0, 1.2345, Period::Week); // not printable in 2 digits
    odd.weight = 1e-7;
    UseCase empty; // no frequency yet
    empty.id = 14;
    buyer.useCases = {purchase, zestimate, odd, empty};
    Persona agent;
    agent.id = 2;
    agent.name = u"Agent; immobilier, \"senior\""_s;
    UseCase leads;
    leads.id = 21;
    leads.useCase = u"Answer requests"_s;
    leads.frequency = UsageFrequency(3, 1, Period::Week);
    agent.useCases = {leads};
    Persona lonely;
    lonely.id = 3;
    lonely.name = u"No use cases yet"_s;
    w.personas = {buyer, agent, lonely};
    return w;
}

} // namespace

class TestUseCaseCsvFormat : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void exportHeaderAndRows();
    void roundTripEveryField();
    void exportOnePersona();
    void frenchSemicolonFileWithBom();
    void malformedRowsReportedWithLineNumbers();
    void skipBadRowsImportsTheGoodOnes();
    void wrongHeader();
    void emptyFile();
    void mergeMatchesPersonasByName();
};

void TestUseCaseCsvFormat::registered()
{
    const WorkspaceFormat *format = WorkspaceFormats::find(u"usecases-csv"_s);
    QVERIFY(format);
    QVERIFY(format->canRead());
    QVERIFY(format->canWrite());
}

void TestUseCaseCsvFormat::exportHeaderAndRows()
{
    const ExportResult out = UseCaseCsvFormat().write(sampleWorkspace(), {});
    QVERIFY(out.error.isEmpty());
    const QList<QByteArray> lines = out.data.split('\n');
    QCOMPARE(lines.first(),
             QByteArray("persona,problem,use_case,why_better,alternative,frequency,weight,status,"
                        "notes\r"));
    QCOMPARE(lines.at(1),
             QByteArray("Home buyer,\"Finding a home, fast\",\"Search \"\"listings\"\" and book "
                        "visits\",\"Every listing in one place;"));
    QVERIFY(out.data.contains(",every 5.5 years,0.7,current,\" leading space, trailing space "
                              "\"\r\n"));
    QVERIFY(out.data.contains("Home buyer,,Zestimate,,,monthly,0.2,planned,\r\n"));
    QVERIFY(out.data.contains("\"Agent; immobilier, \"\"senior\"\"\",,Answer requests,,,3 times "
                              "a week,,current,\r\n"));
    QVERIFY(out.data.contains("No use cases yet,,,,,,,,\r\n"));
}

void TestUseCaseCsvFormat::roundTripEveryField()
{
    const Workspace original = sampleWorkspace();
    const ExportResult out = UseCaseCsvFormat().write(original, {});
    const ImportResult in = import(out.data);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.fragment);
    const Workspace &back = *in.fragment;
    QCOMPARE(back.personas.size(), original.personas.size());
    for (size_t p = 0; p < original.personas.size(); ++p) {
        const Persona &a = original.personas[p];
        const Persona &b = back.personas[p];
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.useCases.size(), a.useCases.size());
        for (size_t u = 0; u < a.useCases.size(); ++u) {
            UseCase expected = a.useCases[u];
            expected.id = b.useCases[u].id; // ids are fresh on import
            QCOMPARE(b.useCases[u].problem, expected.problem);
            QCOMPARE(b.useCases[u].useCase, expected.useCase);
            QCOMPARE(b.useCases[u].whyBetter, expected.whyBetter);
            QCOMPARE(b.useCases[u].alternative, expected.alternative);
            QCOMPARE(b.useCases[u].frequency, expected.frequency);
            QCOMPARE(b.useCases[u].weight, expected.weight);
            QCOMPARE(b.useCases[u].status, expected.status);
            QCOMPARE(b.useCases[u].notes, expected.notes);
            QVERIFY(b.useCases[u] == expected);
        }
    }
    // And a second export is byte for byte the first.
    QCOMPARE(UseCaseCsvFormat().write(back, {}).data, out.data);
}

void TestUseCaseCsvFormat::exportOnePersona()
{
    ExportOptions options;
    options.persona = 2;
    const ExportResult out = UseCaseCsvFormat().write(sampleWorkspace(), options);
    QCOMPARE(out.data.count('\n'), 2); // header and one use case
    QVERIFY(!out.data.contains("Home buyer"));
}

void TestUseCaseCsvFormat::frenchSemicolonFileWithBom()
{
    const ImportResult in = import(readData(u"zillow-fr.csv"_s));
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.fragment);
    const Workspace &w = *in.fragment;
    QCOMPARE(w.personas.size(), size_t(2));
    const Persona &buyer = w.personas[0];
    QCOMPARE(buyer.name, u"Acheteur"_s);
    QCOMPARE(buyer.useCases.size(), size_t(3));
    const UseCase &purchase = buyer.useCases[0];
    QCOMPARE(purchase.useCase, u"Chercher des annonces et réserver des visites"_s);
    QCOMPARE(purchase.whyBetter, u"Toutes les annonces, avec l'historique des prix"_s);
    QCOMPARE(purchase.frequency, UsageFrequency(1, 5.5, Period::Year));
    QCOMPARE(purchase.weight, std::optional<double>(0.7)); // decimal comma
    QCOMPARE(purchase.notes, u"Achat : environ une fois\ntous les 66 mois"_s); // quoted newline
    QCOMPARE(buyer.useCases[1].whyBetter, u"Estimation \"instantanée\"; mise à jour chaque mois"_s);
    QCOMPARE(buyer.useCases[1].status, UseCaseStatus::Planned);
    QCOMPARE(buyer.useCases[2].frequency, UsageFrequency(1, 1, Period::Year));
    QCOMPARE(buyer.useCases[2].status, UseCaseStatus::Planned); // "prévu"
    const Persona &agent = w.personas[1];
    QCOMPARE(agent.name, u"Agent immobilier"_s);
    QCOMPARE(agent.useCases[0].frequency, UsageFrequency(3, 1, Period::Week));
    QVERIFY(!agent.useCases[0].weight);
    QVERIFY(!buyer.color.isEmpty());
    QVERIFY(buyer.color != agent.color);
}

void TestUseCaseCsvFormat::malformedRowsReportedWithLineNumbers()
{
    const ImportResult in = import(readData(u"malformed.csv"_s));
    QVERIFY(!in.fragment); // nothing imported from a file with errors
    QCOMPARE(in.errors.size(), 4);
    QVERIFY2(in.errors[0].startsWith(u"map.csv:3: frequency: \"every blue moon\""_s),
             qPrintable(in.errors[0]));
    QCOMPARE(in.errors[1], u"map.csv:4: expected 9 fields separated by \",\", found 6"_s);
    QVERIFY2(in.errors[2].startsWith(u"map.csv:5: weight \"heavy\" is not a number; status "
                                     "\"someday\" is neither current nor planned"_s),
             qPrintable(in.errors[2]));
    QVERIFY2(in.errors[3].startsWith(u"map.csv:7: unterminated quoted field"_s),
             qPrintable(in.errors[3]));
}

void TestUseCaseCsvFormat::skipBadRowsImportsTheGoodOnes()
{
    const ImportResult in = import(readData(u"malformed.csv"_s), true);
    QCOMPARE(in.errors.size(), 4);
    QVERIFY(in.fragment);
    QCOMPARE(in.fragment->personas.size(), size_t(2));
    QCOMPARE(in.fragment->personas[0].useCases.size(), size_t(1));
    QCOMPARE(in.fragment->personas[1].name, u"Agent"_s);
    QCOMPARE(in.fragment->personas[1].useCases[0].useCase, u"Answer requests"_s);
}

void TestUseCaseCsvFormat::wrongHeader()
{
    const ImportResult in
        = import("persona,problem,usecase,why_better,alternative,frequency,weight,status,notes\n"
                 "A,,,,,daily,,,\n");
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors.size(), 1);
    QVERIFY2(in.errors[0].startsWith(u"map.csv:1: the header must be exactly "_s),
             qPrintable(in.errors[0]));
}

void TestUseCaseCsvFormat::emptyFile()
{
    const ImportResult in = import("");
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors.size(), 1);
    QVERIFY(in.errors[0].startsWith(u"map.csv:1: the file is empty"_s));
}

void TestUseCaseCsvFormat::mergeMatchesPersonasByName()
{
    Workspace target = sampleWorkspace();
    const ImportResult in
        = import("persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\n"
                 "Home buyer,,Rentals,,,yearly,0.1,planned,\n"
                 "Landlord,,List a flat,,,every 2 years,,,\n");
    QVERIFY(in.fragment);
    Edit::mergeFragment(target, *in.fragment);
    QCOMPARE(target.personas.size(), size_t(4));
    QCOMPARE(target.personas[0].useCases.size(), size_t(5));
    QCOMPARE(target.personas[0].useCases.back().useCase, u"Rentals"_s);
    QCOMPARE(target.personas[3].name, u"Landlord"_s);
}

QTEST_GUILESS_MAIN(TestUseCaseCsvFormat)
#include "tst_usecasecsvformat.moc"
