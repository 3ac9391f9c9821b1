// The canvas: pictures of frames compared, and frames drawn whole or in part.
#include "ui/canvas.h"

#include <SDL_opengles2.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include <imgui_impl_opengl3.h>

#include "platform/platform.h"

namespace bpa::ui::canvas {

namespace {

class Hasher {
public:
    // Two lanes of 64-bit words (a frame's vertices are a few hundred kB):
    // the lanes' multiplications overlap, where one chain would wait on each.
    void mix(const void* data, size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        uint64_t a = h_, b = h_ ^ 0x9e3779b97f4a7c15ull;
        size_t i = 0;
        for (; i + 16 <= bytes; i += 16) {
            uint64_t x, y;
            std::memcpy(&x, p + i, 8);
            std::memcpy(&y, p + i + 8, 8);
            a = rotl(a ^ (x * 0xc2b2ae3d27d4eb4full), 31) * 0x9e3779b97f4a7c15ull;
            b = rotl(b ^ (y * 0xc2b2ae3d27d4eb4full), 31) * 0x9e3779b97f4a7c15ull;
        }
        for (; i < bytes; ++i) a = (a ^ p[i]) * 0x100000001b3ull;
        h_ = a ^ rotl(b, 27) ^ bytes;
    }
    template <class T> void mix(const T& value) { mix(&value, sizeof value); }
    uint64_t value() const { return h_; }

private:
    static uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
    uint64_t h_ = 0xcbf29ce484222325ull;
};

ImVec4 unite(const ImVec4& a, const ImVec4& b) {
    if (a.z <= a.x || a.w <= a.y) return b;
    if (b.z <= b.x || b.w <= b.y) return a;
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.z, b.z), std::max(a.w, b.w)};
}

}  // namespace

void take_picture(const ImDrawData* d, int canvas_w, int canvas_h, const ImVec4& clear, Picture& out) {
    Hasher setup;
    const int canvas[2] = {canvas_w, canvas_h};
    setup.mix(canvas);
    setup.mix(clear);
    out.lists.clear();
    if (d && d->Valid) {
        setup.mix(d->DisplayPos);
        setup.mix(d->DisplaySize);
        setup.mix(d->FramebufferScale);
        for (int n = 0; n < d->CmdListsCount; ++n) {
            const ImDrawList* l = d->CmdLists[n];
            Hasher h;
            ListPicture list;
            h.mix(l->VtxBuffer.Data, size_t(l->VtxBuffer.Size) * sizeof(ImDrawVert));
            h.mix(l->IdxBuffer.Data, size_t(l->IdxBuffer.Size) * sizeof(ImDrawIdx));
            for (const ImDrawCmd& c : l->CmdBuffer) {
                h.mix(c.ClipRect);
                ImTextureID t = c.TextureId;
                h.mix(t);
                unsigned counts[3] = {c.ElemCount, c.IdxOffset, c.VtxOffset};
                h.mix(counts);
                if (c.ElemCount > 0 || c.UserCallback) list.reach = unite(list.reach, c.ClipRect);
            }
            list.hash = h.value();
            out.lists.push_back(list);
        }
    }
    out.setup = setup.value();
}

namespace {

// The part of the canvas where `now` differs from `before`: where a list that
// changed, came or went draws now or drew before (empty when nothing differs).
// A list drawn in another place in the order counts as changed where it is
// and where the other was, so what overlaps is drawn again in the new order.
ImVec4 changed_part(const Picture& before, const Picture& now) {
    ImVec4 part{0, 0, 0, 0};
    const size_t n = std::max(before.lists.size(), now.lists.size());
    for (size_t i = 0; i < n; ++i) {
        const ListPicture* b = i < before.lists.size() ? &before.lists[i] : nullptr;
        const ListPicture* a = i < now.lists.size() ? &now.lists[i] : nullptr;
        if (a && b && a->hash == b->hash) continue;  // its clip rectangles, so its reach, are in the hash
        if (b) part = unite(part, b->reach);
        if (a) part = unite(part, a->reach);
    }
    return part;
}

// Hands the renderer only what can reach `part` (x, y from the bottom, width,
// height in pixels): the lists of windows elsewhere are left out, and a command
// elsewhere in a list that stays is skipped (its clip rectangle is emptied for
// the call and put back after). The scissor would cut all of it anyway, but
// without a GPU each triangle sent costs its setup even when none of it is
// filled: a frame that changes one button drew every triangle of the screen.
void draw_within(ImDrawData* d, const int* part) {
    const ImVec2 off = d->DisplayPos, scale = d->FramebufferScale;
    const float fb_h = float(int(d->DisplaySize.y * scale.y));  // as the renderer computes it
    // The part in display coordinates, a pixel wider on each side: the renderer
    // truncates clip rectangles to whole pixels.
    const ImVec4 area{(float(part[0]) - 1) / scale.x + off.x, (fb_h - float(part[1] + part[3]) - 1) / scale.y + off.y,
                      (float(part[0] + part[2]) + 1) / scale.x + off.x, (fb_h - float(part[1]) + 1) / scale.y + off.y};
    const auto reaches = [&area](const ImVec4& r) { return r.x < area.z && r.z > area.x && r.y < area.w && r.w > area.y; };
    ImVector<ImDrawList*> lists;
    std::vector<std::pair<ImDrawCmd*, ImVec4>> emptied;
    for (int n = 0; n < d->CmdListsCount; ++n) {
        ImDrawList* list = d->CmdLists[n];
        bool drawn = false;
        for (ImDrawCmd& c : list->CmdBuffer) {
            if (c.UserCallback || reaches(c.ClipRect)) {
                drawn = true;
            } else {
                emptied.emplace_back(&c, c.ClipRect);
                c.ClipRect = ImVec4(0, 0, 0, 0);
            }
        }
        if (drawn) lists.push_back(list);
    }
    ImDrawData within = *d;
    within.CmdLists = lists.Data;
    within.CmdListsCount = lists.Size;
    ImGui_ImplOpenGL3_RenderDrawData(&within);
    for (auto& [c, clip] : emptied) c->ClipRect = clip;
}

// Draws the frame onto the canvas: whole (part null), or only inside `part`
// (x, y from the bottom, width, height in pixels), every scissor box cut to it.
void draw_canvas(ImDrawData* d, const int* part) {
    platform::draw_part(part);
    if (part) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(part[0], part[1], part[2], part[3]);
    } else {
        glDisable(GL_SCISSOR_TEST);
    }
    glClear(GL_COLOR_BUFFER_BIT);
    if (part) {
        draw_within(d, part);
        platform::draw_part(nullptr);
    } else {
        ImGui_ImplOpenGL3_RenderDrawData(d);
    }
}

// Tests (Module.bpa.checkParts): the canvas after a frame drawn in part is
// read, the same frame drawn whole and read again; the pixels that differ are
// counted (Module.bpa.partsChecked, partsWrong, firstWrongPart).
void check_part(ImDrawData* d, int fw, int fh, const int* part) {
    std::vector<unsigned char> in_parts(size_t(fw) * size_t(fh) * 4), whole(in_parts.size());
    glReadPixels(0, 0, fw, fh, GL_RGBA, GL_UNSIGNED_BYTE, in_parts.data());
    draw_canvas(d, nullptr);
    glReadPixels(0, 0, fw, fh, GL_RGBA, GL_UNSIGNED_BYTE, whole.data());
    long wrong = 0;
    for (size_t i = 0; i < whole.size(); i += 4)
        if (std::memcmp(&in_parts[i], &whole[i], 3) != 0) ++wrong;  // red, green, blue: the canvas is opaque
    platform::part_checked(wrong, part);
}

}  // namespace

void draw(ImDrawData* d, int fw, int fh, const ImVec4& clear, bool whole, const Picture& shown, const Picture& now) {
    glViewport(0, 0, fw, fh);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    if (whole) {
        draw_canvas(d, nullptr);
        return;
    }
    const ImVec4 p = changed_part(shown, now);
    const ImVec2 off = d->DisplayPos, scale = d->FramebufferScale;
    const int x0 = std::max(0, int(std::floor((p.x - off.x) * scale.x)));
    const int y0 = std::max(0, int(std::floor((p.y - off.y) * scale.y)));
    const int x1 = std::min(fw, int(std::ceil((p.z - off.x) * scale.x)));
    const int y1 = std::min(fh, int(std::ceil((p.w - off.y) * scale.y)));
    const int part[4] = {x0, fh - y1, x1 - x0, y1 - y0};  // x, y from the bottom, width, height
    if (part[2] <= 0 || part[3] <= 0) return;
    draw_canvas(d, part);
    if (platform::checking_parts()) check_part(d, fw, fh, part);
}

}  // namespace bpa::ui::canvas
