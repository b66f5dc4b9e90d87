// Cold start to the first mapped window: Banister against a bare 11-page QWizard (bench_bare_wizard), on the same
// X display, started interleaved (bare, Banister, bare, …), 15 times each after one unmeasured start of each.
// Prints the medians and their ratio; goal ≤ 1.5×. Usage: bench_startup BANISTER BARE_WIZARD (needs DISPLAY;
// bench/run starts an Xvfb for it).
//   startup               {"banister_ms", "bare_ms", "ratio", "goal_ratio"}
// The time runs from spawning the process to the X server's MapNotify for its first top-level window, seen
// through SubstructureNotify on the root window (no window manager: Qt maps the window itself).
#include <xcb/xcb.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {
using Clock = std::chrono::steady_clock;

// Milliseconds from spawning `path` to its first window mapped on the root; -1 on failure or after 20 s.
double timeToMap(xcb_connection_t* c, const char* path)
{
    while (xcb_generic_event_t* e = xcb_poll_for_event(c)) // what the last run left behind
        std::free(e);
    char* argv[] = { const_cast<char*>(path), nullptr };
    pid_t pid = 0;
    const auto start = Clock::now();
    if (posix_spawn(&pid, path, nullptr, nullptr, argv, environ) != 0)
        return -1;
    double ms = -1;
    const int fd = xcb_get_file_descriptor(c);
    while (ms < 0 && Clock::now() - start < std::chrono::seconds(20)) {
        xcb_generic_event_t* e = xcb_poll_for_event(c);
        if (!e) {
            fd_set set;
            FD_ZERO(&set);
            FD_SET(fd, &set);
            timeval tv { 0, 20000 };
            select(fd + 1, &set, nullptr, nullptr, &tv);
            continue;
        }
        if ((e->response_type & 0x7f) == XCB_MAP_NOTIFY
            && !reinterpret_cast<xcb_map_notify_event_t*>(e)->override_redirect)
            ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        std::free(e);
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    std::free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), nullptr)); // the server saw the windows go
    return ms;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_startup BANISTER BARE_WIZARD\n");
        return 2;
    }
    setenv("QT_QPA_PLATFORM", "xcb", 1);
    xcb_connection_t* c = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(c)) {
        std::fprintf(stderr, "bench_startup: no X display (DISPLAY=%s)\n", getenv("DISPLAY") ? getenv("DISPLAY") : "");
        return 1;
    }
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(c, root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(c);

    const int runs = 15;
    std::vector<double> app, bare;
    timeToMap(c, argv[2]); // warm the page cache for both
    timeToMap(c, argv[1]);
    for (int i = 0; i < runs; ++i) {
        const double b = timeToMap(c, argv[2]);
        const double a = timeToMap(c, argv[1]);
        if (a < 0 || b < 0) {
            std::fprintf(stderr, "bench_startup: a window never appeared (%s)\n", a < 0 ? argv[1] : argv[2]);
            return 1;
        }
        app.push_back(a);
        bare.push_back(b);
    }
    const double ma = median(app), mb = median(bare);
    std::printf(
        "{\"bench\":\"startup\",\"banister_ms\":%.1f,\"bare_ms\":%.1f,\"ratio\":%.2f,\"runs\":%d,\"goal_ratio\":1.5}\n",
        ma, mb, ma / mb, runs);
    xcb_disconnect(c);
    return 0;
}
