#include "domain/usagefrequency.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr double daysPerMonth = 30.436875; // Gregorian average: 365.2425 / 12
// Far below the plausible range: such values are kept and printed as they are.
constexpr int maxDecimals = 15;

double monthsPerPeriod(Period period)
{
    switch (period) {
    case Period::Day: return 1.0 / daysPerMonth;
    case Period::Week: return 7.0 / daysPerMonth;
    case Period::Month: return 1.0;
    case Period::Year: return 12.0;
    }
    return 1.0;
}

// Which language a phrase is written in, from its words; Unknown for "3x/w" or a mix.
enum class PhraseLanguage { Unknown, English, French };

PhraseLanguage phraseLanguage(const QString &text)
{
    // Abbreviations ("d", "wk", "j") say nothing about the language.
    static const QSet<QString> english = {
        u"times"_s, u"time"_s,    u"once"_s,     u"twice"_s, u"thrice"_s, u"a"_s,      u"per"_s,
        u"each"_s,  u"every"_s,   u"in"_s,       u"other"_s, u"one"_s,    u"two"_s,    u"three"_s,
        u"day"_s,   u"days"_s,    u"week"_s,     u"weeks"_s, u"month"_s,  u"months"_s, u"year"_s,
        u"years"_s, u"quarter"_s, u"quarters"_s, u"hour"_s,  u"hours"_s,
    };
    static const QSet<QString> french = {
        u"fois"_s,    u"par"_s,      u"tous"_s,      u"toutes"_s,     u"les"_s,      u"chaque"_s,
        u"un"_s,      u"une"_s,      u"deux"_s,      u"trois"_s,      u"jour"_s,     u"jours"_s,
        u"semaine"_s, u"semaines"_s, u"mois"_s,      u"ans"_s,        u"année"_s,    u"années"_s,
        u"annee"_s,   u"annees"_s,   u"trimestre"_s, u"trimestres"_s, u"semestre"_s, u"semestres"_s,
        u"heure"_s,   u"heures"_s,
    };
    static const QRegularExpression nonLetters(uR"([^a-zéè]+)"_s);
    bool isEnglish = false;
    bool isFrench = false;
    for (const QString &word : text.split(nonLetters, Qt::SkipEmptyParts)) {
        isEnglish = isEnglish || english.contains(word);
        isFrench = isFrench || french.contains(word);
    }
    if (isEnglish == isFrench)
        return PhraseLanguage::Unknown;
    return isEnglish ? PhraseLanguage::English : PhraseLanguage::French;
}

struct NumberResult
{
    std::optional<double> value;
    QString error; // set when the number is ambiguous
};

// Reads "5.5", the French "5,5", and numbers with thousands grouped: "10,000" in English,
// "10 000" (any space) in French. A separator before exactly three digits that the phrase's
// language does not settle ("1,200/w", "1.000 fois") is refused as ambiguous.
NumberResult parseNumber(const QString &token, PhraseLanguage language)
{
    QString text = token;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);

    static const QRegularExpression spaceGroups(uR"(^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$)"_s);
    static const QRegularExpression commaGroups(uR"(^\d{1,3}(?:,\d{3})+(?:\.\d+)?$)"_s);
    static const QRegularExpression plain(uR"(^\d+(?:[.,]\d+)?$)"_s);
    static const QRegularExpression threeDecimals(uR"(^[1-9]\d{0,2}[.,]\d{3}$)"_s);

    bool ambiguous = false;
    if (text.contains(u' ')) {
        if (!spaceGroups.match(text).hasMatch())
            return {};
        text.remove(u' ');
        text.replace(u',', u'.');
    } else if (text.count(u',') + text.count(u'.') > 1 || text.contains(u',')) {
        const bool canGroup = commaGroups.match(text).hasMatch();
        const bool grouped = canGroup
            && (text.count(u',') > 1 || text.contains(u'.')
                || (language == PhraseLanguage::English && !text.startsWith(u'0')));
        if (grouped) {
            text.remove(u',');
        } else if (plain.match(text).hasMatch()) {
            ambiguous = language == PhraseLanguage::Unknown && canGroup && !text.startsWith(u'0');
            text.replace(u',', u'.');
        } else {
            return {};
        }
    } else if (!plain.match(text).hasMatch()) {
        return {};
    } else {
        ambiguous = language == PhraseLanguage::French && threeDecimals.match(text).hasMatch();
    }

    if (ambiguous) {
        static const QRegularExpression separator(uR"([.,])"_s);
        const qsizetype at = token.indexOf(separator);
        const QString whole = token.left(at);
        const QString digits = token.mid(at + 1);
        QString fraction = digits;
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        const QChar decimalSeparator = language == PhraseLanguage::French ? u',' : u'.';
        const QString asDecimal = fraction.isEmpty() ? whole : whole + decimalSeparator + fraction;
        return {std::nullopt,
                UsageFrequency::tr("\"%1\" is ambiguous: write \"%2\" or \"%3\"")
                    .arg(token, whole + digits, asDecimal)};
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return {};
    return {negative ? -value : value, {}};
}

NumberResult parseCountWord(const QString &word, PhraseLanguage language)
{
    static const QHash<QString, double> words = {
        {u"once"_s, 1}, {u"one"_s, 1},    {u"a"_s, 1},       {u"an"_s, 1},       {u"twice"_s, 2},
        {u"two"_s, 2},  {u"thrice"_s, 3}, {u"three"_s, 3},   {u"four"_s, 4},     {u"five"_s, 5},
        {u"six"_s, 6},  {u"seven"_s, 7},  {u"eight"_s, 8},   {u"nine"_s, 9},     {u"ten"_s, 10},
        {u"un"_s, 1},   {u"une"_s, 1},    {u"deux"_s, 2},    {u"trois"_s, 3},    {u"quatre"_s, 4},
        {u"cinq"_s, 5}, {u"six"_s, 6},    {u"sept"_s, 7},    {u"huit"_s, 8},     {u"neuf"_s, 9},
        {u"dix"_s, 10}, {u"other"_s, 2},  {u"quinze"_s, 15}, {u"fifteen"_s, 15},
    };
    if (const auto it = words.constFind(word); it != words.cend())
        return {*it, {}};
    return parseNumber(word, language);
}

// A unit is a number of periods: a quarter is 3 months, an hour 1/24 day.
struct Unit
{
    Period period;
    double periods = 1;
};

constexpr double hoursPerDay = 24;
constexpr double quarterYears = 0.25;

std::optional<Unit> parseUnit(const QString &word)
{
    const Unit hour {Period::Day, 1 / hoursPerDay};
    // Quarters are kept as quarters of a year, so that "quarterly" prints back as typed
    // while "every 3 months" stays in months (same uses per month, told apart).
    const Unit quarter {Period::Year, quarterYears};
    const Unit semester {Period::Month, 6};
    static const QHash<QString, Unit> units = {
        {u"day"_s, {Period::Day}},
        {u"days"_s, {Period::Day}},
        {u"d"_s, {Period::Day}},
        {u"jour"_s, {Period::Day}},
        {u"jours"_s, {Period::Day}},
        {u"j"_s, {Period::Day}},
        {u"week"_s, {Period::Week}},
        {u"weeks"_s, {Period::Week}},
        {u"wk"_s, {Period::Week}},
        {u"wks"_s, {Period::Week}},
        {u"w"_s, {Period::Week}},
        {u"semaine"_s, {Period::Week}},
        {u"semaines"_s, {Period::Week}},
        {u"sem"_s, {Period::Week}},
        {u"month"_s, {Period::Month}},
        {u"months"_s, {Period::Month}},
        {u"mo"_s, {Period::Month}},
        {u"mos"_s, {Period::Month}},
        {u"mois"_s, {Period::Month}},
        {u"year"_s, {Period::Year}},
        {u"years"_s, {Period::Year}},
        {u"yr"_s, {Period::Year}},
        {u"yrs"_s, {Period::Year}},
        {u"y"_s, {Period::Year}},
        {u"an"_s, {Period::Year}},
        {u"ans"_s, {Period::Year}},
        {u"année"_s, {Period::Year}},
        {u"années"_s, {Period::Year}},
        {u"annee"_s, {Period::Year}},
        {u"annees"_s, {Period::Year}},
        {u"quarter"_s, quarter},
        {u"quarters"_s, quarter},
        {u"trimestre"_s, quarter},
        {u"trimestres"_s, quarter},
        {u"semestre"_s, semester},
        {u"semestres"_s, semester},
        {u"hour"_s, hour},
        {u"hours"_s, hour},
        {u"hr"_s, hour},
        {u"hrs"_s, hour},
        {u"h"_s, hour},
        {u"heure"_s, hour},
        {u"heures"_s, hour},
    };
    if (const auto it = units.constFind(word); it != units.cend())
        return *it;
    return std::nullopt;
}

struct Adverb
{
    double times;
    double interval;
    Period period;
};

std::optional<Adverb> parseAdverb(const QString &text)
{
    static const QHash<QString, Adverb> adverbs = {
        {u"daily"_s, {1, 1, Period::Day}},
        {u"every day"_s, {1, 1, Period::Day}},
        {u"each day"_s, {1, 1, Period::Day}},
        {u"weekly"_s, {1, 1, Period::Week}},
        {u"every week"_s, {1, 1, Period::Week}},
        {u"fortnightly"_s, {1, 2, Period::Week}},
        {u"monthly"_s, {1, 1, Period::Month}},
        {u"every month"_s, {1, 1, Period::Month}},
        {u"quarterly"_s, {1, quarterYears, Period::Year}},
        {u"yearly"_s, {1, 1, Period::Year}},
        {u"annually"_s, {1, 1, Period::Year}},
        {u"every year"_s, {1, 1, Period::Year}},
        {u"quotidien"_s, {1, 1, Period::Day}},
        {u"quotidienne"_s, {1, 1, Period::Day}},
        {u"journalier"_s, {1, 1, Period::Day}},
        {u"tous les jours"_s, {1, 1, Period::Day}},
        {u"chaque jour"_s, {1, 1, Period::Day}},
        {u"hebdomadaire"_s, {1, 1, Period::Week}},
        {u"toutes les semaines"_s, {1, 1, Period::Week}},
        {u"chaque semaine"_s, {1, 1, Period::Week}},
        {u"mensuel"_s, {1, 1, Period::Month}},
        {u"mensuelle"_s, {1, 1, Period::Month}},
        {u"tous les mois"_s, {1, 1, Period::Month}},
        {u"chaque mois"_s, {1, 1, Period::Month}},
        {u"trimestriel"_s, {1, quarterYears, Period::Year}},
        {u"trimestrielle"_s, {1, quarterYears, Period::Year}},
        {u"annuel"_s, {1, 1, Period::Year}},
        {u"annuelle"_s, {1, 1, Period::Year}},
        {u"tous les ans"_s, {1, 1, Period::Year}},
        {u"chaque année"_s, {1, 1, Period::Year}},
        {u"chaque an"_s, {1, 1, Period::Year}},
        {u"hourly"_s, {hoursPerDay, 1, Period::Day}},
        {u"every weekday"_s, {5, 1, Period::Week}},
        {u"each weekday"_s, {5, 1, Period::Week}},
        {u"on weekdays"_s, {5, 1, Period::Week}},
        {u"every working day"_s, {5, 1, Period::Week}},
        {u"semiannually"_s, {2, 1, Period::Year}},
        {u"semi-annually"_s, {2, 1, Period::Year}},
        {u"half-yearly"_s, {2, 1, Period::Year}},
        {u"quotidiennement"_s, {1, 1, Period::Day}},
        {u"tous les jours ouvrés"_s, {5, 1, Period::Week}},
        {u"chaque jour ouvré"_s, {5, 1, Period::Week}},
        {u"hebdomadairement"_s, {1, 1, Period::Week}},
        {u"mensuellement"_s, {1, 1, Period::Month}},
        {u"bimestriel"_s, {1, 2, Period::Month}},
        {u"bimestrielle"_s, {1, 2, Period::Month}},
        {u"trimestriellement"_s, {1, quarterYears, Period::Year}},
        {u"semestriel"_s, {2, 1, Period::Year}},
        {u"semestrielle"_s, {2, 1, Period::Year}},
        {u"semestriellement"_s, {2, 1, Period::Year}},
        {u"annuellement"_s, {1, 1, Period::Year}},
    };
    if (const auto it = adverbs.constFind(text); it != adverbs.cend())
        return *it;
    return std::nullopt;
}

// The precision a frequency keeps: 3 decimals ("5.556"), 3 significant digits below 1
// ("0.123", "0.00123"). Whole numbers are kept as they are.
int keptDecimals(double value)
{
    if (!(value > 0) || value >= 1)
        return 3;
    return std::max(3, 2 - int(std::floor(std::log10(value))));
}

bool isWhole(double value)
{
    return !std::isfinite(value) || value == std::floor(value);
}

double roundToKeptPrecision(double value)
{
    const int decimals = keptDecimals(value);
    if (isWhole(value) || decimals > maxDecimals)
        return value;
    return QString::number(value, 'f', decimals).toDouble();
}

QString formatNumber(double value, UsageFrequency::Language language)
{
    const bool fr = language == UsageFrequency::Language::French;
    const QLocale locale(fr ? QLocale::French : QLocale::C);
    const int decimals = keptDecimals(value);
    if (decimals > maxDecimals)
        return locale.toString(value, 'g', QLocale::FloatingPointShortest);
    QString text = locale.toString(value, 'f', isWhole(value) ? 0 : decimals);
    const QChar decimal = fr ? u',' : u'.';
    if (text.contains(decimal)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(decimal))
            text.chop(1);
    }
    return text;
}

// 1, 2 or 3 for a frequency counted in quarters of a year (0.25, 0.5, 0.75 years), else 0.
// Longer spans read better in years ("every 1.5 years").
int quartersOf(const UsageFrequency &frequency)
{
    if (frequency.period() != Period::Year || frequency.interval() >= 1)
        return 0;
    const double quarters = frequency.interval() / quarterYears;
    return quarters == std::floor(quarters) ? int(quarters) : 0;
}

} // namespace

QString periodKey(Period period)
{
    switch (period) {
    case Period::Day: return u"day"_s;
    case Period::Week: return u"week"_s;
    case Period::Month: return u"month"_s;
    case Period::Year: return u"year"_s;
    }
    return {};
}

std::optional<Period> periodFromKey(const QString &key)
{
    for (Period p : {Period::Day, Period::Week, Period::Month, Period::Year}) {
        if (periodKey(p) == key)
            return p;
    }
    return std::nullopt;
}

UsageFrequency::UsageFrequency(double times, double interval, Period period)
    : mTimes(roundToKeptPrecision(times))
    , mInterval(roundToKeptPrecision(interval))
    , mPeriod(period)
{ }

double UsageFrequency::usesPerMonth() const
{
    if (!isValid())
        return 0;
    return mTimes / (mInterval * monthsPerPeriod(mPeriod));
}

QString UsageFrequency::validate(double times, double interval)
{
    if (!(times > 0))
        return tr("the number of uses must be greater than zero");
    if (!(interval > 0))
        return tr("the period must be greater than zero");
    return {};
}

QString UsageFrequency::validate(double times, double interval, Period period)
{
    if (QString problem = validate(times, interval); !problem.isEmpty())
        return problem;
    // A little slack so that the bounds themselves ("every 100 years") are in.
    constexpr double slack = 1e-9;
    const double perMonth = times / (interval * monthsPerPeriod(period));
    if (perMonth < 1.0 / (12.0 * maxYearsBetweenUses) * (1 - slack)) {
        return tr("too rare: a frequency must be at least once every %1 years")
            .arg(maxYearsBetweenUses);
    }
    if (perMonth > maxUsesPerDay * daysPerMonth * (1 + slack)) {
        return tr("too frequent: a frequency must be at most %1 times a day")
            .arg(QLocale().toString(maxUsesPerDay));
    }
    return {};
}

UsageFrequency::ParseResult UsageFrequency::parse(const QString &input)
{
    QString text = input.simplified().toLower();
    text.replace(u'×', u'x');
    while (text.endsWith(u'.'))
        text.chop(1);
    text = text.trimmed();
    if (text.isEmpty())
        return {std::nullopt, tr("no frequency given")};

    // Words read one way by some and another way by others: ask for an unambiguous phrase.
    static const QHash<QString, std::pair<QString, QString>> ambiguousWords = {
        {u"biweekly"_s, {u"twice a week"_s, u"every 2 weeks"_s}},
        {u"bi-weekly"_s, {u"twice a week"_s, u"every 2 weeks"_s}},
        {u"bimonthly"_s, {u"twice a month"_s, u"every 2 months"_s}},
        {u"bi-monthly"_s, {u"twice a month"_s, u"every 2 months"_s}},
        {u"biannual"_s, {u"twice a year"_s, u"every 2 years"_s}},
        {u"biannually"_s, {u"twice a year"_s, u"every 2 years"_s}},
        {u"bimensuel"_s, {u"deux fois par mois"_s, u"tous les 2 mois"_s}},
        {u"bimensuelle"_s, {u"deux fois par mois"_s, u"tous les 2 mois"_s}},
    };
    if (const auto it = ambiguousWords.constFind(text); it != ambiguousWords.cend()) {
        return {std::nullopt,
                tr("\"%1\" is ambiguous: write \"%2\" or \"%3\"").arg(text, it->first, it->second)};
    }

    if (const auto adverb = parseAdverb(text))
        return {UsageFrequency(adverb->times, adverb->interval, adverb->period), {}};

    // A number, its thousands grouped or not ("1,000", "1 000"), or a word ("twice").
    static const QString number = uR"((-?\d+(?:[ ,.]\d+)*|[a-zéè]+))"_s;
    static const QString unit = uR"(([a-zéè]+))"_s;
    // "every 5.5 years", "once every 2 weeks", "every other week", "tous les 5,5 ans"
    static const QString everyWord
        = uR"(^(?:once\s+|une\s+fois\s+)?(?:every|each|tous\s+les|toutes\s+les|chaque)\s+)"_s;
    static const QRegularExpression everyPattern(everyWord + number + uR"(\s*)"_s + unit + u'$');
    // "every hour", "every quarter", "toutes les heures", "chaque trimestre"
    static const QRegularExpression everyUnitPattern(everyWord + unit + u'$');
    // "3 times a week", "3x/week", "3/week", "twice a month", "3 fois par semaine",
    // "3 times every 2 weeks", "2 fois tous les 3 mois"
    static const QRegularExpression timesPattern(
        u'^' + number
        + uR"(\s*(?:x|times?|fois)?\s*(?:a|an|per|/|each|every|in|par|chaque|tous\s+les|toutes\s+les)\s*(?:(-?\d+(?:[ ,.]\d+)*)\s*)?)"_s
        + unit + u'$');

    const PhraseLanguage language = phraseLanguage(text);
    double times = 0;
    double interval = 1;
    std::optional<Unit> period;
    QString numberError;

    const auto everyUnit = everyUnitPattern.match(text);
    if (everyUnit.hasMatch() && parseUnit(everyUnit.captured(1))) {
        times = 1;
        period = parseUnit(everyUnit.captured(1));
    } else if (const auto m = everyPattern.match(text); m.hasMatch()) {
        const NumberResult count = parseCountWord(m.captured(1), language);
        period = parseUnit(m.captured(2));
        numberError = count.error;
        if (count.value && period) {
            times = 1;
            interval = *count.value;
        } else {
            period.reset();
        }
    } else if (const auto m2 = timesPattern.match(text); m2.hasMatch()) {
        const NumberResult count = parseCountWord(m2.captured(1), language);
        period = parseUnit(m2.captured(3));
        const NumberResult every = m2.captured(2).isEmpty() ? NumberResult {1.0, {}}
                                                            : parseNumber(m2.captured(2), language);
        numberError = !count.error.isEmpty() ? count.error : every.error;
        if (count.value && period && every.value) {
            times = *count.value;
            interval = *every.value;
        } else {
            period.reset();
        }
    }

    if (!numberError.isEmpty())
        return {std::nullopt, numberError};
    if (!period) {
        return {std::nullopt,
                tr("\"%1\" is not a frequency; write for example \"daily\", \"3 times a week\", "
                   "\"every 2 months\" or \"once a year\"")
                    .arg(input.trimmed())};
    }
    if (QString problem = validate(times, interval); !problem.isEmpty())
        return {std::nullopt, problem};
    if (period->period == Period::Day && period->periods < 1) {
        // Hours are counted as uses a day: "every 2 hours" is 12 times a day.
        times = times / (interval * period->periods);
        interval = 1;
    } else {
        interval *= period->periods;
    }
    if (const QString problem = validate(times, interval, period->period); !problem.isEmpty())
        return {std::nullopt, problem};
    return {UsageFrequency(times, interval, period->period), {}};
}

QString UsageFrequency::toString(Language language) const
{
    if (!isValid())
        return {};
    const bool fr = language == Language::French;
    const int p = int(mPeriod);
    if (const int quarters = quartersOf(*this); quarters > 0) {
        // As typed: "quarterly", "3 times a quarter", "every 2 quarters" (see parseUnit()).
        const QString times = formatNumber(mTimes, language);
        if (quarters == 1 && mTimes == 1)
            return fr ? u"trimestriel"_s : u"quarterly"_s;
        if (quarters == 1) {
            if (fr)
                return u"%1 fois par trimestre"_s.arg(times);
            return mTimes == 2 ? u"twice a quarter"_s : u"%1 times a quarter"_s.arg(times);
        }
        QString every
            = fr ? u"tous les %1 trimestres"_s.arg(quarters) : u"every %1 quarters"_s.arg(quarters);
        if (mTimes == 1)
            return every;
        return fr ? u"%1 fois %2"_s.arg(times, every) : u"%1 times %2"_s.arg(times, every);
    }
    if (mInterval == 1 && mTimes == 1) {
        static const char *const en[] = {"daily", "weekly", "monthly", "yearly"};
        static const char *const frText[] = {"quotidien", "hebdomadaire", "mensuel", "annuel"};
        return QString::fromUtf8(fr ? frText[p] : en[p]);
    }
    const QString times = formatNumber(mTimes, language);
    const QString interval = formatNumber(mInterval, language);
    if (mInterval == 1) {
        static const char *const en[] = {"day", "week", "month", "year"};
        static const char *const frText[] = {"jour", "semaine", "mois", "an"};
        if (fr)
            return u"%1 fois par %2"_s.arg(times, QString::fromUtf8(frText[p]));
        if (mTimes == 2)
            return u"twice a %1"_s.arg(QString::fromUtf8(en[p]));
        return u"%1 times a %2"_s.arg(times, QString::fromUtf8(en[p]));
    }
    static const char *const enPlural[] = {"days", "weeks", "months", "years"};
    static const char *const frPlural[] = {"jours", "semaines", "mois", "ans"};
    const char *const *plural = fr ? frPlural : enPlural;
    const QString everyText = fr
        ? (mPeriod == Period::Week ? u"toutes les %1 %2"_s : u"tous les %1 %2"_s)
        : u"every %1 %2"_s;
    QString every = everyText.arg(interval, QString::fromUtf8(plural[p]));
    if (mTimes == 1)
        return every;
    return fr ? u"%1 fois %2"_s.arg(times, every) : u"%1 times %2"_s.arg(times, every);
}

UsageFrequency::Language UsageFrequency::interfaceLanguage()
{
    return QLocale().language() == QLocale::French ? Language::French : Language::English;
}

QString UsageFrequency::toExactString() const
{
    if (!isValid())
        return {};
    QString phrase = toString();
    const ParseResult back = parse(phrase);
    if (back.frequency && *back.frequency == *this)
        return phrase;
    // Only for a value parse() refuses (outside the plausible range, read from an old file).
    auto number = [](double value) {
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    };
    const QString every = u"every %1 %2s"_s.arg(number(mInterval), periodKey(mPeriod));
    return mTimes == 1 ? every : u"%1 times %2"_s.arg(number(mTimes), every);
}

QString UsageFrequency::describeUsesPerMonth(double usesPerMonth)
{
    if (usesPerMonth <= 0)
        return tr("never");
    if (usesPerMonth >= 1) {
        return tr("about %1 times a month")
            .arg(QLocale().toString(usesPerMonth, 'f', usesPerMonth < 10 ? 1 : 0));
    }
    const double months = 1.0 / usesPerMonth;
    return tr("about once every %1 months")
        .arg(QLocale().toString(months, 'f', months < 10 ? 1 : 0));
}

} // namespace Parcours
