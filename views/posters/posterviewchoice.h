#pragma once

#include <QComboBox>

namespace Parcours {

class PosterContent;

// The poster dialog's "View:" choice (issue 23): a journey poster printed through one of the
// journey's audience views, or with all lanes. Other posters have none (create() gives null).
class PosterViewChoice final : public QComboBox
{
    Q_OBJECT

public:
    // A choice for `content` when it is a journey with views, else nullptr; starts on the view
    // the content already shows (the canvas's).
    static PosterViewChoice *create(PosterContent &content);
    // Sets the chosen view on the content, before it is measured.
    void apply() const;

private:
    explicit PosterViewChoice(PosterContent &content);

    PosterContent &mContent;
};

} // namespace Parcours
