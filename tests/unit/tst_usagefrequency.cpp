#include "domain/usagefrequency.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestUsageFrequency : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void thousandsSeparators_data();
    void thousandsSeparators();
    void ambiguousSeparators_data();
    void ambiguousSeparators();
    void usesPerMonthBoundaries();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void keptPrecision_data();
    void keptPrecision();
    void printedTextReadsBack();
    void describe();
    void documentedPhrases();
};

void TestUsageFrequency::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("times");
    QTest::addColumn<double>("interval");
    QTest::addColumn<int>("period");

    const int day = int(Period::Day);
    const int week = int(Period::Week);
    const int month = int(Period::Month);
    const int year = int(Period::Year);
    QTest::newRow("daily") << u"daily"_s << 1.0 << 1.0 << day;
    QTest::newRow("3 times a week") << u"3 times a week"_s << 3.0 << 1.0 << week;
    QTest::newRow("3x/week") << u"3x/week"_s << 3.0 << 1.0 << week;
    QTest::newRow("3 x per week") << u"3 x per week"_s << 3.0 << 1.0 << week;
    QTest::newRow("twice a month") << u"twice a month"_s << 2.0 << 1.0 << month;
    QTest::newRow("once a year") << u"once a year"_s << 1.0 << 1.0 << year;
    QTest::newRow("every 5.5 years") << u"every 5.5 years"_s << 1.0 << 5.5 << year;
    QTest::newRow("every 2 weeks") << u"every 2 weeks"_s << 1.0 << 2.0 << week;
    QTest::newRow("once every 3 months") << u"once every 3 months"_s << 1.0 << 3.0 << month;
    QTest::newRow("every other week") << u"every other week"_s << 1.0 << 2.0 << week;
    QTest::newRow("case and spaces") << u"  Weekly. "_s << 1.0 << 1.0 << week;
    QTest::newRow("3 times every 2 weeks") << u"3 times every 2 weeks"_s << 3.0 << 2.0 << week;
    QTest::newRow("quotidien") << u"quotidien"_s << 1.0 << 1.0 << day;
    QTest::newRow("3 fois par semaine") << u"3 fois par semaine"_s << 3.0 << 1.0 << week;
    QTest::newRow("une fois par mois") << u"une fois par mois"_s << 1.0 << 1.0 << month;
    QTest::newRow("deux fois par an") << u"deux fois par an"_s << 2.0 << 1.0 << year;
    QTest::newRow("tous les 5 ans") << u"tous les 5 ans"_s << 1.0 << 5.0 << year;
    QTest::newRow("tous les 5,5 ans") << u"tous les 5,5 ans"_s << 1.0 << 5.5 << year;
    QTest::newRow("toutes les 2 semaines") << u"toutes les 2 semaines"_s << 1.0 << 2.0 << week;
    QTest::newRow("tous les 15 jours") << u"tous les 15 jours"_s << 1.0 << 15.0 << day;
    QTest::newRow("hebdomadaire") << u"hebdomadaire"_s << 1.0 << 1.0 << week;
    QTest::newRow("mensuel") << u"mensuel"_s << 1.0 << 1.0 << month;
    // Quarters (kept as quarters of a year, to print back as typed), semesters, hours
    // (counted a day) and weekdays.
    QTest::newRow("quarterly") << u"quarterly"_s << 1.0 << 0.25 << year;
    QTest::newRow("once a quarter") << u"once a quarter"_s << 1.0 << 0.25 << year;
    QTest::newRow("twice a quarter") << u"twice a quarter"_s << 2.0 << 0.25 << year;
    QTest::newRow("every quarter") << u"every quarter"_s << 1.0 << 0.25 << year;
    QTest::newRow("every 2 quarters") << u"every 2 quarters"_s << 1.0 << 0.5 << year;
    QTest::newRow("une fois par trimestre") << u"une fois par trimestre"_s << 1.0 << 0.25 << year;
    QTest::newRow("chaque trimestre") << u"chaque trimestre"_s << 1.0 << 0.25 << year;
    QTest::newRow("tous les trimestres") << u"tous les trimestres"_s << 1.0 << 0.25 << year;
    QTest::newRow("trimestriel") << u"trimestriel"_s << 1.0 << 0.25 << year;
    QTest::newRow("une fois par semestre") << u"une fois par semestre"_s << 1.0 << 6.0 << month;
    QTest::newRow("quotidiennement") << u"quotidiennement"_s << 1.0 << 1.0 << day;
    QTest::newRow("mensuellement") << u"mensuellement"_s << 1.0 << 1.0 << month;
    QTest::newRow("semestriel") << u"semestriel"_s << 2.0 << 1.0 << year;
    QTest::newRow("semestriellement") << u"semestriellement"_s << 2.0 << 1.0 << year;
    QTest::newRow("bimestriel") << u"bimestriel"_s << 1.0 << 2.0 << month;
    QTest::newRow("hourly") << u"hourly"_s << 24.0 << 1.0 << day;
    QTest::newRow("every hour") << u"every hour"_s << 24.0 << 1.0 << day;
    QTest::newRow("once an hour") << u"once an hour"_s << 24.0 << 1.0 << day;
    QTest::newRow("every 2 hours") << u"every 2 hours"_s << 12.0 << 1.0 << day;
    QTest::newRow("3 times an hour") << u"3 times an hour"_s << 72.0 << 1.0 << day;
    QTest::newRow("toutes les heures") << u"toutes les heures"_s << 24.0 << 1.0 << day;
    QTest::newRow("toutes les 3 heures") << u"toutes les 3 heures"_s << 8.0 << 1.0 << day;
    QTest::newRow("every weekday") << u"every weekday"_s << 5.0 << 1.0 << week;
    QTest::newRow("tous les jours ouvrés") << u"tous les jours ouvrés"_s << 5.0 << 1.0 << week;
    // The bounds of the plausible range are in.
    QTest::newRow("every 100 years") << u"every 100 years"_s << 1.0 << 100.0 << year;
    QTest::newRow("every 1200 months") << u"every 1200 months"_s << 1.0 << 1200.0 << month;
    QTest::newRow("every 36524 days") << u"every 36524 days"_s << 1.0 << 36524.0 << day;
    QTest::newRow("1000 times a day") << u"1000 times a day"_s << 1000.0 << 1.0 << day;
    QTest::newRow("7000 fois par semaine") << u"7000 fois par semaine"_s << 7000.0 << 1.0 << week;
}

void TestUsageFrequency::parse()
{
    QFETCH(QString, text);
    QFETCH(double, times);
    QFETCH(double, interval);
    QFETCH(int, period);
    const UsageFrequency::ParseResult result = UsageFrequency::parse(text);
    QVERIFY2(result.frequency, qPrintable(result.error));
    QCOMPARE(result.frequency->times(), times);
    QCOMPARE(result.frequency->interval(), interval);
    QCOMPARE(int(result.frequency->period()), period);
}

void TestUsageFrequency::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a word the message must contain

    QTest::newRow("empty") << u""_s << u"no frequency"_s;
    QTest::newRow("zero count") << u"0 times a week"_s << u"greater than zero"_s;
    QTest::newRow("negative count") << u"-3 times a week"_s << u"greater than zero"_s;
    QTest::newRow("zero period") << u"every 0 days"_s << u"period must be greater"_s;
    QTest::newRow("negative period") << u"every -2 weeks"_s << u"period must be greater"_s;
    QTest::newRow("gibberish") << u"sometimes"_s << u"\"sometimes\" is not a frequency"_s;
    QTest::newRow("unknown unit") << u"3 times a fortnight-ish"_s << u"is not a frequency"_s;
    QTest::newRow("biweekly") << u"biweekly"_s
                              << u"\"biweekly\" is ambiguous: write \"twice a week\" or "
                                 "\"every 2 weeks\""_s;
    QTest::newRow("bimonthly") << u"Bimonthly"_s
                               << u"\"bimonthly\" is ambiguous: write \"twice a month\" or "
                                  "\"every 2 months\""_s;
    QTest::newRow("bimensuel") << u"bimensuel"_s
                               << u"\"bimensuel\" is ambiguous: write \"deux fois par mois\" or "
                                  "\"tous les 2 mois\""_s;
    QTest::newRow("every weekdays") << u"every weekdays"_s << u"is not a frequency"_s;
    QTest::newRow("once every 1000000 hours") << u"once every 1000000 hours"_s << u"too rare"_s;
    // Outside the plausible range: at least once every 100 years, at most 1,000 times a day.
    const QString tooRare = u"too rare: a frequency must be at least once every 100 years"_s;
    const QString tooFrequent = u"too frequent: a frequency must be at most %1 times a day"_s.arg(
        QLocale().toString(1000));
    QTest::newRow("0.000001 a year") << u"0.000001 times a year"_s << tooRare;
    QTest::newRow("every 1000000 years") << u"every 1000000 years"_s << tooRare;
    QTest::newRow("every 101 years") << u"every 101 years"_s << tooRare;
    QTest::newRow("every 36525 days") << u"every 36525 days"_s << tooRare;
    QTest::newRow("tous les 101 ans") << u"tous les 101 ans"_s << tooRare;
    QTest::newRow("every 0.0000001 days") << u"every 0.0000001 days"_s << tooFrequent;
    QTest::newRow("999999999999 a day") << u"999999999999 times a day"_s << tooFrequent;
    QTest::newRow("1001 a day") << u"1001 times a day"_s << tooFrequent;
    QTest::newRow("7001 fois par semaine") << u"7001 fois par semaine"_s << tooFrequent;
}

void TestUsageFrequency::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const UsageFrequency::ParseResult result = UsageFrequency::parse(text);
    QVERIFY(!result.frequency);
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
}

void TestUsageFrequency::thousandsSeparators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("times");
    QTest::addColumn<double>("interval");

    // English: a comma followed by three digits groups thousands.
    QTest::newRow("10,000 a year") << u"10,000 times a year"_s << 10000.0 << 1.0;
    QTest::newRow("1,200 a year") << u"1,200 times a year"_s << 1200.0 << 1.0;
    QTest::newRow("every 1,000 days") << u"every 1,000 days"_s << 1.0 << 1000.0;
    QTest::newRow("1,000,000 per 10 years")
        << u"1,000,000 times every 10 years"_s << 1000000.0 << 10.0;
    QTest::newRow("1,234.5 a year") << u"1,234.5 times a year"_s << 1234.5 << 1.0;
    // A comma that cannot group thousands stays a decimal comma.
    QTest::newRow("1,5 a month") << u"1,5 times a month"_s << 1.5 << 1.0;
    QTest::newRow("every 0,500 years") << u"every 0,500 years"_s << 1.0 << 0.5;
    // French: the comma is the decimal separator; spaces group thousands.
    QTest::newRow("1,5 fois par mois") << u"1,5 fois par mois"_s << 1.5 << 1.0;
    QTest::newRow("tous les 5,5 ans") << u"tous les 5,5 ans"_s << 1.0 << 5.5;
    QTest::newRow("1,250 fois par mois") << u"1,250 fois par mois"_s << 1.25 << 1.0;
    QTest::newRow("1 000 fois par an") << u"1 000 fois par an"_s << 1000.0 << 1.0;
    QTest::newRow("no-break space") << u"10\u00a0000 fois par an"_s << 10000.0 << 1.0;
    QTest::newRow("narrow no-break space") << u"1\u202f000 fois par an"_s << 1000.0 << 1.0;
    QTest::newRow("1 234,5 fois par an") << u"1 234,5 fois par an"_s << 1234.5 << 1.0;
    QTest::newRow("tous les 1 000 jours") << u"tous les 1 000 jours"_s << 1.0 << 1000.0;
    QTest::newRow("1,000,000 fois en 10 ans")
        << u"1,000,000 fois tous les 10 ans"_s << 1000000.0 << 10.0;
}

void TestUsageFrequency::thousandsSeparators()
{
    QFETCH(QString, text);
    QFETCH(double, times);
    QFETCH(double, interval);
    const UsageFrequency::ParseResult result = UsageFrequency::parse(text);
    QVERIFY2(result.frequency, qPrintable(result.error));
    QCOMPARE(result.frequency->times(), times);
    QCOMPARE(result.frequency->interval(), interval);
}

void TestUsageFrequency::ambiguousSeparators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    // No words say which language the phrase is in: 1200 or 1.2?
    QTest::newRow("1,200x/w") << u"1,200x/w"_s
                              << u"\"1,200\" is ambiguous: write \"1200\" or \"1.2\""_s;
    // Mixed languages.
    QTest::newRow("mixed") << u"1,200 times par semaine"_s
                           << u"\"1,200\" is ambiguous: write \"1200\" or \"1.2\""_s;
    // A dot before three digits in a French phrase may group thousands.
    QTest::newRow("1.000 fois par an")
        << u"1.000 fois par an"_s << u"\"1.000\" is ambiguous: write \"1000\" or \"1\""_s;
    QTest::newRow("bad grouping") << u"12,34,567 times a year"_s << u"is not a frequency"_s;
    QTest::newRow("bad space grouping") << u"1 00 fois par an"_s << u"is not a frequency"_s;
}

void TestUsageFrequency::ambiguousSeparators()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const UsageFrequency::ParseResult result = UsageFrequency::parse(text);
    QVERIFY2(!result.frequency,
             qPrintable(result.frequency ? result.frequency->toString() : QString()));
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

void TestUsageFrequency::usesPerMonthBoundaries()
{
    const UsageFrequency monthly(1, 1, Period::Month);
    QCOMPARE(monthly.usesPerMonth(), 1.0);
    QVERIFY(!monthly.isBelowMonthly()); // exactly monthly is not forgotten

    const UsageFrequency every31Days(1, 31, Period::Day);
    QVERIFY(every31Days.usesPerMonth() < 1.0);
    QVERIFY(every31Days.isBelowMonthly());

    const UsageFrequency every30Days(1, 30, Period::Day); // 30.44 / 30 > 1
    QVERIFY(!every30Days.isBelowMonthly());

    QCOMPARE(UsageFrequency(1, 1, Period::Year).usesPerMonth(), 1.0 / 12);
    QCOMPARE(UsageFrequency(1, 1, Period::Week).usesPerMonth(), 30.436875 / 7);
    QCOMPARE(UsageFrequency(1, 1, Period::Day).usesPerMonth(), 30.436875);
    QCOMPARE(UsageFrequency(1, 5.5, Period::Year).usesPerMonth(), 1.0 / 66);
}

void TestUsageFrequency::formatRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    QTest::newRow("daily") << u"daily"_s << u"daily"_s << u"quotidien"_s;
    QTest::newRow("3/week") << u"3x/week"_s << u"3 times a week"_s << u"3 fois par semaine"_s;
    QTest::newRow("twice") << u"twice a month"_s << u"twice a month"_s << u"2 fois par mois"_s;
    QTest::newRow("5.5y") << u"every 5.5 years"_s << u"every 5.5 years"_s << u"tous les 5,5 ans"_s;
    QTest::newRow("2w") << u"every 2 weeks"_s << u"every 2 weeks"_s << u"toutes les 2 semaines"_s;
    // The words typed come back: a quarter is not rewritten "every 3 months", nor the reverse.
    QTest::newRow("quarterly") << u"quarterly"_s << u"quarterly"_s << u"trimestriel"_s;
    QTest::newRow("every quarter") << u"Every quarter"_s << u"quarterly"_s << u"trimestriel"_s;
    QTest::newRow("trimestriel") << u"trimestriel"_s << u"quarterly"_s << u"trimestriel"_s;
    QTest::newRow("3 months") << u"every 3 months"_s << u"every 3 months"_s << u"tous les 3 mois"_s;
    QTest::newRow("2/quarter") << u"twice a quarter"_s << u"twice a quarter"_s
                               << u"2 fois par trimestre"_s;
    QTest::newRow("3/quarter") << u"3 fois par trimestre"_s << u"3 times a quarter"_s
                               << u"3 fois par trimestre"_s;
    QTest::newRow("2 quarters") << u"every 2 quarters"_s << u"every 2 quarters"_s
                                << u"tous les 2 trimestres"_s;
    QTest::newRow("3/2 quarters") << u"3 times every 2 quarters"_s << u"3 times every 2 quarters"_s
                                  << u"3 fois tous les 2 trimestres"_s;
    QTest::newRow("1.5y") << u"every 1.5 years"_s << u"every 1.5 years"_s << u"tous les 1,5 ans"_s;
    QTest::newRow("3/2w") << u"3 times every 2 weeks"_s << u"3 times every 2 weeks"_s
                          << u"3 fois toutes les 2 semaines"_s;
    // Printed with the precision kept (3 decimals, 3 significant digits below 1).
    QTest::newRow("5.555…y") << u"every 5.55555555555 years"_s << u"every 5.556 years"_s
                             << u"tous les 5,556 ans"_s;
    QTest::newRow("0.123…/month") << u"0.123456789012345 times every 1 months"_s
                                  << u"0.123 times a month"_s << u"0,123 fois par mois"_s;
    QTest::newRow("0.0123…y") << u"every 0.0123456 years"_s << u"every 0.0123 years"_s
                              << u"tous les 0,0123 ans"_s;
    QTest::newRow("10,000/y") << u"10,000 times a year"_s << u"10000 times a year"_s
                              << QLocale(QLocale::French).toString(10000) + u" fois par an"_s;
    QTest::newRow("1234.5678/y") << u"1234.5678 times a year"_s << u"1234.568 times a year"_s
                                 << QLocale(QLocale::French).toString(1234.568, 'f', 3)
            + u" fois par an"_s;
}

void TestUsageFrequency::formatRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, english);
    QFETCH(QString, french);
    const UsageFrequency f = *UsageFrequency::parse(text).frequency;
    QCOMPARE(f.toString(UsageFrequency::Language::English), english);
    QCOMPARE(f.toString(UsageFrequency::Language::French), french);
    QCOMPARE(*UsageFrequency::parse(english).frequency, f);
    QCOMPARE(*UsageFrequency::parse(french).frequency, f);
}

void TestUsageFrequency::keptPrecision_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("kept");
    QTest::newRow("whole") << 12.0 << 12.0;
    QTest::newRow("5.5") << 5.5 << 5.5;
    QTest::newRow("5.55555") << 5.55555 << 5.556;
    QTest::newRow("1/3") << 1.0 / 3.0 << 0.333;
    QTest::newRow("0.0012345") << 0.0012345 << 0.00123;
    QTest::newRow("0.99996") << 0.99996 << 1.0;
    QTest::newRow("1234.56789") << 1234.56789 << 1234.568;
}

void TestUsageFrequency::keptPrecision()
{
    QFETCH(double, value);
    QFETCH(double, kept);
    const UsageFrequency f(value, value, Period::Week);
    QCOMPARE(f.times(), kept);
    QCOMPARE(f.interval(), kept);
}

// Whatever a frequency holds, the text written for it (display, CSV export) reads back as an
// equal frequency, and has no more than the digits kept.
void TestUsageFrequency::printedTextReadsBack()
{
    const QList<double> values
        = {1,       2,       3,      5.5,  1.0 / 3.0, 2.0 / 3.0, 0.1,    0.0199, 1.2345, 7.125,
           12.3456, 99.9999, 365.25, 1000, 1500.5,    36524.0,   0.5005, 0.75,   0.05};
    for (const Period period : {Period::Day, Period::Week, Period::Month, Period::Year}) {
        for (const double times : values) {
            for (const double interval : values) {
                const UsageFrequency f(times, interval, period);
                if (!UsageFrequency::validate(f.times(), f.interval(), period).isEmpty())
                    continue; // outside the plausible range: parse() refuses any phrase
                for (const auto language :
                     {UsageFrequency::Language::English, UsageFrequency::Language::French}) {
                    const QString text = f.toString(language);
                    const UsageFrequency::ParseResult back = UsageFrequency::parse(text);
                    QVERIFY2(back.frequency, qPrintable(text + u": "_s + back.error));
                    QVERIFY2(*back.frequency == f, qPrintable(text));
                    static const QRegularExpression tooManyDigits(uR"([.,]\d*[1-9]\d{3})"_s);
                    QVERIFY2(!text.contains(tooManyDigits) || f.times() < 1 || f.interval() < 1,
                             qPrintable(text));
                }
                QCOMPARE(f.toExactString(), f.toString());
            }
        }
    }
}

void TestUsageFrequency::describe()
{
    QCOMPARE(UsageFrequency::describeUsesPerMonth(1.0 / 66), u"about once every 66 months"_s);
    QCOMPARE(UsageFrequency::describeUsesPerMonth(13.0), u"about 13 times a month"_s);
}

// Every example of docs/usecases-csv.md ("Frequency phrases") and the help guides is read.
void TestUsageFrequency::documentedPhrases()
{
    const QStringList phrases = {
        u"hourly"_s,
        u"daily"_s,
        u"every day"_s,
        u"each day"_s,
        u"every weekday"_s,
        u"each weekday"_s,
        u"on weekdays"_s,
        u"every working day"_s,
        u"weekly"_s,
        u"every week"_s,
        u"fortnightly"_s,
        u"monthly"_s,
        u"every month"_s,
        u"quarterly"_s,
        u"semiannually"_s,
        u"semi-annually"_s,
        u"half-yearly"_s,
        u"yearly"_s,
        u"annually"_s,
        u"every year"_s,
        u"quotidien"_s,
        u"quotidienne"_s,
        u"quotidiennement"_s,
        u"journalier"_s,
        u"tous les jours"_s,
        u"chaque jour"_s,
        u"tous les jours ouvrés"_s,
        u"chaque jour ouvré"_s,
        u"hebdomadaire"_s,
        u"hebdomadairement"_s,
        u"toutes les semaines"_s,
        u"chaque semaine"_s,
        u"mensuel"_s,
        u"mensuelle"_s,
        u"mensuellement"_s,
        u"tous les mois"_s,
        u"chaque mois"_s,
        u"bimestriel"_s,
        u"bimestrielle"_s,
        u"trimestriel"_s,
        u"trimestrielle"_s,
        u"trimestriellement"_s,
        u"semestriel"_s,
        u"semestrielle"_s,
        u"semestriellement"_s,
        u"annuel"_s,
        u"annuelle"_s,
        u"annuellement"_s,
        u"tous les ans"_s,
        u"chaque année"_s,
        u"chaque an"_s,
        u"every 5.5 years"_s,
        u"once every 2 weeks"_s,
        u"each 3 days"_s,
        u"every other week"_s,
        u"every hour"_s,
        u"every quarter"_s,
        u"tous les 5,5 ans"_s,
        u"une fois tous les 2 mois"_s,
        u"toutes les 2 semaines"_s,
        u"toutes les heures"_s,
        u"chaque trimestre"_s,
        u"3 times a week"_s,
        u"twice a month"_s,
        u"once a quarter"_s,
        u"3 times an hour"_s,
        u"3 x per week"_s,
        u"3x/week"_s,
        u"3/wk"_s,
        u"3 times every 2 weeks"_s,
        u"2 times in 3 months"_s,
        u"3 fois par semaine"_s,
        u"deux fois par mois"_s,
        u"une fois par trimestre"_s,
        u"2 fois tous les 3 mois"_s,
        u"3 fois chaque semaine"_s,
        u"every 2 hours"_s,
        u"10,000 times a year"_s,
        u"every 1,000 days"_s,
        u"1,234.5 times a year"_s,
        u"1 000 fois par an"_s,
        u"every 5.55555 years"_s,
        u"twice a year"_s,
        u"every 2 weeks"_s,
        u"2 fois par mois"_s,
        u"tous les 2 mois"_s,
        u"every 100 years"_s,
        u"1000 times a day"_s,
        u"3 times a hr"_s,
        u"3/h"_s,
        u"every 2 d"_s,
        u"3/j"_s,
        u"2 x/sem"_s,
        u"every 2 mos"_s,
        u"every 2 yrs"_s,
        u"une fois par semestre"_s,
        u"3 fois par année"_s,
        u"thrice a week"_s,
        u"ten times a year"_s,
        u"quinze fois par an"_s,
        u"fifteen times a year"_s,
    };
    for (const QString &phrase : phrases) {
        const UsageFrequency::ParseResult result = UsageFrequency::parse(phrase);
        QVERIFY2(result.frequency, qPrintable(phrase + u": "_s + result.error));
    }
    for (const QString &phrase :
         {u"biweekly"_s, u"bimonthly"_s, u"biannual"_s, u"biannually"_s, u"bimensuel"_s,
          u"bimensuelle"_s, u"1,200x/w"_s, u"1.000 fois par an"_s}) {
        QVERIFY2(UsageFrequency::parse(phrase).error.contains(u"ambiguous"_s), qPrintable(phrase));
    }
}

QTEST_GUILESS_MAIN(TestUsageFrequency)
#include "tst_usagefrequency.moc"
