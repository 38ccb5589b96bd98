#pragma once

// A long journey as teams write them in Mermaid (issue 19's target): sections of tasks whose
// names are about four words, one to three actors each, scores 1–5; the same text for the
// same seed.
#include <QByteArray>
#include <QRandomGenerator>

namespace Parcours::TestData {

inline QByteArray generatedMermaidJourney(int sections = 50, int tasksPerSection = 10,
                                          quint32 seed = 19)
{
    static const char *const verbs[] = {"Open",    "Compare", "Check", "Review", "Send", "Choose",
                                        "Confirm", "Update",  "Share", "Find",   "Read", "Sign"};
    static const char *const things[]
        = {"the pricing page",    "a delivery slot",  "the account settings", "our welcome email",
           "the invoice details", "a saved basket",   "the help article",     "the team invitation",
           "a product review",    "the order status", "the renewal offer",    "a support ticket"};
    static const char *const actors[]
        = {"Customer", "Buyer", "Support agent", "Account manager", "Courier", "Finance"};
    QRandomGenerator random(seed);
    QByteArray text = "journey\n    title Generated journey\n";
    for (int s = 0; s < sections; ++s) {
        text += "    section Stage " + QByteArray::number(s + 1) + '\n';
        for (int t = 0; t < tasksPerSection; ++t) {
            text += "        ";
            text += verbs[random.bounded(12)];
            text += ' ';
            text += things[random.bounded(12)];
            text += ": " + QByteArray::number(random.bounded(1, 6)) + ": ";
            const int count = random.bounded(1, 4);
            const int first = random.bounded(6);
            for (int a = 0; a < count; ++a)
                text += QByteArray(a ? ", " : "") + actors[(first + a) % 6];
            text += '\n';
        }
    }
    return text;
}

} // namespace Parcours::TestData
