// parcours on Linux (PARCOURS_WINDOW_MODULE builds): a launcher that links the C library only.
//
// Loading Qt Core and its libraries (ICU among them) costs about 18 ms of CPU time before a Qt
// program does anything, more than the 15 ms `parcours --version` may take (docs/PERFORMANCE.md,
// "Start-up"). So the executable answers --version itself and hands every other start to the
// command-line module (parcours_cli, app/main.cpp: Qt Core and Sql), which loads the window and
// document modules when it needs them. No C++ library is used here, so --as-needed leaves
// libstdc++ out too.
#include <array>
#include <climits>
#include <cstdio>
#include <cstring>

#include <dlfcn.h>
#include <unistd.h>

namespace {

constexpr int BadInput = 2; // Parcours::Cli::BadInput (app/cli/subcommand.h)

using Path = std::array<char, PATH_MAX>;
using ModulePath
    = std::array<char, std::size_t {2} * PATH_MAX>; // a folder, a subfolder and a file name

// The folder holding this executable, without its trailing slash; false if unknown.
bool executableFolder(Path &folder)
{
    const ssize_t length = readlink("/proc/self/exe", folder.data(), folder.size() - 1);
    if (length <= 0)
        return false;
    folder[static_cast<size_t>(length)] = '\0';
    char *slash = std::strrchr(folder.data(), '/');
    if (!slash)
        return false;
    *slash = '\0';
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // --version (-v) answers here: what runCommandLine() would print, without loading Qt.
    if (argc > 1 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0))
        return std::printf("parcours %s\n", PARCOURS_VERSION) > 0 ? 0 : BadInput;

    const char *name = PARCOURS_CLI_MODULE_NAME;
    Path folder {};
    const char *error = "not found next to the executable";
    if (executableFolder(folder)) {
        // Next to the executable (build tree), then where it is installed.
        for (const char *subfolder : {"", "/" PARCOURS_WINDOW_MODULE_DIR}) {
            ModulePath path {};
            const int length = std::snprintf(path.data(), path.size(), "%s%s/%s", folder.data(),
                                             subfolder, name);
            if (length < 0 || static_cast<size_t>(length) >= path.size()
                || access(path.data(), F_OK) != 0)
                continue;
            // Never unloaded: the module's code runs until the process ends. Its calls are bound
            // when first made, as they were when this code was the executable: RTLD_NOW resolved
            // 1,750 more symbols at every start (LD_DEBUG=statistics of `check`: 7,531
            // relocations against 5,784, and 5,767 for the former executable).
            void *module = dlopen(path.data(), RTLD_LAZY | RTLD_LOCAL);
            if (void *symbol = module ? dlsym(module, "parcours_cli_main") : nullptr) {
                using Entry = int (*)(int, char **);
                // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): dlsym's function
                const auto entry = reinterpret_cast<Entry>(symbol);
                return entry(argc, argv);
            }
            error = dlerror();
        }
    }
    std::fprintf(stderr, "parcours: cannot load %s: %s\n", name, error ? error : "");
    return BadInput;
}
