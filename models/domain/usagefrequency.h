#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Parcours {

enum class Period { Day, Week, Month, Year };

QString periodKey(Period period); // "day", "week", … as stored in files
std::optional<Period> periodFromKey(const QString &key);

// How often a persona performs a use case: `times` uses in every `interval` periods.
// "3 times a week" is {3, 1, Week}; "every 5.5 years" is {1, 5.5, Year}; "quarterly" is
// {1, 0.25, Year}, which prints back "quarterly" while "every 3 months" ({1, 3, Month}), as
// frequent, prints back as typed too.
// Both numbers keep 3 decimals, or 3 significant digits below 1 ("every 5.556 years",
// "0.00123 times a day"): the constructor rounds them, so that toString() prints every digit
// kept and parse() of what it prints gives back an equal frequency.
class UsageFrequency
{
    Q_DECLARE_TR_FUNCTIONS(UsageFrequency)

public:
    enum class Language { English, French };

    struct ParseResult;

    UsageFrequency() = default;
    UsageFrequency(double times, double interval, Period period);

    double times() const { return mTimes; }
    double interval() const { return mInterval; }
    Period period() const { return mPeriod; }
    bool isValid() const { return mTimes > 0 && mInterval > 0; }

    // Uses per Gregorian-average month (30.436875 days; a year is 12 months).
    double usesPerMonth() const;
    bool isBelowMonthly() const { return isValid() && usesPerMonth() < 1.0; }

    QString toString(Language language = Language::English) const;
    // The language of the interface (QLocale's default): what a person reads on screen.
    static Language interfaceLanguage();
    // An English phrase that parse() turns back into exactly this frequency, for files:
    // toString(), unless the frequency is outside the range parse() takes (read from an old
    // file), then "T times every I periods" with every digit.
    QString toExactString() const;
    // "about once every 66 months" / "about 13 times a month": for tooltips and reports.
    static QString describeUsesPerMonth(double usesPerMonth);

    // The plausible range, outside which parse() and validate() refuse a frequency: outliers
    // would mean a typo and would stretch the spectrum chart's axis.
    static constexpr int maxYearsBetweenUses = 100; // at least once every 100 years
    static constexpr int maxUsesPerDay = 1000; // at most 1,000 times a day

    static ParseResult parse(const QString &input);
    static QString validate(double times, double interval); // empty when sound
    // As above, and within the plausible range.
    static QString validate(double times, double interval, Period period);

    friend bool operator==(const UsageFrequency &a, const UsageFrequency &b)
    {
        return a.mTimes == b.mTimes && a.mInterval == b.mInterval && a.mPeriod == b.mPeriod;
    }
    friend bool operator!=(const UsageFrequency &a, const UsageFrequency &b) { return !(a == b); }

private:
    double mTimes = 0;
    double mInterval = 0;
    Period mPeriod = Period::Month;
};

struct UsageFrequency::ParseResult
{
    std::optional<UsageFrequency> frequency;
    QString error; // translated, says why when frequency is empty
};

} // namespace Parcours

Q_DECLARE_METATYPE(Parcours::UsageFrequency)
