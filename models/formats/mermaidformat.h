#pragma once

#include "formats/workspaceformat.h"

namespace Parcours {

// Mermaid user-journey diagrams (`journey`), alone in a file or in a ```mermaid block of a
// Markdown file. Sections are stages; each task is a step named as the task, its score (on
// Mermaid's 1…5 scale) the step's emotion mapped onto −2…+2, its actors the step's "Actors"
// chips; actors are personas, the first one the journey's, and where a journey names several,
// each actor's curve gets the task's score. A stage without named steps is written as before
// steps: the lines of its customer-actions cell ("Task: SCORE: Actor, Actor") are its tasks.
// Writing adds "%% parcours-…" comment lines with what Mermaid cannot show, so a journey
// comes back exactly. The full rules are in docs/FILE-FORMATS.md.
class MermaidFormat final : public WorkspaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(MermaidFormat)

public:
    // One line of a customer-actions cell read as a Mermaid task.
    struct Task
    {
        QString name;
        std::optional<int> score; // 1…5; none for a plain line
        QStringList actors;

        bool operator==(const Task &o) const
        {
            return name == o.name && score == o.score && actors == o.actors;
        }
    };
    // "Make tea: 5: Me, Cat" → {Make tea, 5, [Me, Cat]}; "Make tea" → {Make tea}. The score is
    // the last or next-to-last colon field holding one digit 1…5, so names may hold colons.
    static Task parseActionLine(const QString &line);
    // The cell line for a task with a score; parseActionLine() reads it back exactly.
    static QString actionLine(const Task &task);
    // Text of a name as Mermaid reads it back: ':', ';', '#', '%', '<' and (in actor lists)
    // ',' as entities ("#58;"), line breaks as <br>.
    enum class NameKind { Title, Section, Task, Actor, Description };
    static QString escape(const QString &text, NameKind kind);
    // Mermaid's entities ("#58;", "#quot;") and <br> decoded.
    static QString decode(QStringView text);

    // Each actor becomes a persona: a file naming more actors than this, or a task naming
    // more than that, is refused with the line where it goes over.
    static constexpr int maxPersonas = 10000;
    static constexpr int maxActorsPerTask = 1000;

    QString shortName() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    bool writesOneJourney() const override { return true; }
    ImportResult read(const QByteArray &data, const ImportOptions &options) const override;
    ExportResult write(const Workspace &workspace, const ExportOptions &options) const override;
};

} // namespace Parcours
