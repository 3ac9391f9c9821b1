// The canvas: what a frame draws, as a picture compared with the one shown, and
// drawing it onto the canvas whole or only where it changed.
#pragma once

#include <cstdint>
#include <vector>

#include <imgui.h>

namespace bpa::ui::canvas {

// What a frame draws, draw list by draw list (a window, a child window, a
// popup, the overlays): a hash of each list's vertices, indices and commands,
// and the part of the canvas it can reach (the union of its commands' clip
// rectangles). Two pictures compared list by list tell which part of the
// canvas a frame changes.
struct ListPicture {
    uint64_t hash = 0;
    ImVec4 reach{0, 0, 0, 0};  // x0, y0, x1, y1 in Dear ImGui's coordinates
};
struct Picture {
    uint64_t setup = 0;  // the canvas's size and colour, the display's position, size and scale
    std::vector<ListPicture> lists;

    bool operator==(const Picture& o) const {
        return setup == o.setup && std::equal(lists.begin(), lists.end(), o.lists.begin(), o.lists.end(),
                                              [](const ListPicture& a, const ListPicture& b) { return a.hash == b.hash; });
    }
};

// Takes the picture of the frame `d` on a canvas of `canvas_w` x `canvas_h`
// pixels cleared with `clear`.
void take_picture(const ImDrawData* d, int canvas_w, int canvas_h, const ImVec4& clear, Picture& out);

// Draws the frame `d` onto the canvas (`fw` x `fh` pixels, cleared with
// `clear`): whole, or only where `now` differs from `shown`, the picture on the
// canvas. With platform::checking_parts() a frame drawn in part is compared
// with the same frame drawn whole.
void draw(ImDrawData* d, int fw, int fh, const ImVec4& clear, bool whole, const Picture& shown, const Picture& now);

}  // namespace bpa::ui::canvas
