#include "ui/a11y.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <unordered_map>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

namespace bpa::ui::a11y {

namespace {

// An item ImGui added this frame (ItemAdd), waiting for its description.
struct Added {
    ImRect bb;
    ImGuiWindow* window = nullptr;
    ImGuiItemFlags flags = 0;
    ImGuiID table = 0;
    int row = -1, column = -1;
};

struct Hint {
    Role role = Role::None;
    bool checked = false;
    bool secret = false;
    std::optional<std::string> value, name;
};

struct Edit {
    uint32_t key = 0;
    ImGuiID id = 0;
    std::string value;
    int frames_left = 0;
};

struct State {
    // This frame's nodes, the last frame's, and the last ones sent to the page
    // when that was not the last frame (`sent_is_previous` false).
    std::vector<Node> nodes, previous, sent;
    std::unordered_map<ImGuiID, Added> added;
    std::unordered_map<uint32_t, size_t> by_key;           // this frame's nodes: key -> index in nodes
    std::unordered_map<uint32_t, size_t> previous_by_key;  // the last frame's: key -> index in previous
    std::unordered_map<uint32_t, size_t> sent_by_key;      // the last sent: key -> index in sent
    bool sent_is_previous = true;
    std::unordered_map<ImGuiID, int> text_ordinal;  // per window, this frame
    struct Label {
        std::string text;
        ImRect rect;
    };
    std::unordered_map<ImGuiID, Label> last_text;  // per window: text seen since its last widget
    Hint hint;
    std::vector<std::string> announcements;
    // Requests from the page and the keyboard, applied in the next frame.
    std::optional<uint32_t> want_focus, want_activate;
    std::optional<Edit> edit;
    // An item described before ImGui adds it (a tab, in 1.86): described when it is added.
    struct Info {
        ImGuiID id = 0;
        std::string label;
        ImGuiItemStatusFlags flags = 0;
    };
    Info early;
    ImGuiID custom_activated = 0;
    bool release_delete = false;
    ImGuiID sent_focus = 0;
    uint32_t sent_editing = 0;
    std::vector<uint32_t> sent_order;
};

State s;
bool on = true;

uint32_t mix(uint32_t h, uint32_t v) {
    h ^= v + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

bool in_popup(const ImGuiWindow* w) {
    const ImGuiWindow* root = w->RootWindow;
    return (root->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Modal | ImGuiWindowFlags_ChildMenu)) != 0;
}

bool in_tooltip(const ImGuiWindow* w) { return (w->RootWindow->Flags & ImGuiWindowFlags_Tooltip) != 0; }

Node& push(ImGuiContext& g, ImGuiID id, const ImRect& bb, ImGuiWindow* window, Role role) {
    Node n;
    n.id = id;
    n.role = role;
    n.rect = ImVec4(bb.Min.x, bb.Min.y, bb.GetWidth(), bb.GetHeight());
    n.window = window->RootWindow->ID;
    n.own_window = window->ID;
    n.popup = in_popup(window);
    uint32_t key = id;
    if (id == 0) key = mix(window->ID, uint32_t(++s.text_ordinal[window->ID]));
    while (key == 0 || s.by_key.count(key)) key = mix(key, 0x51u);  // a clash of ids in one frame
    n.key = key;
    if (ImGuiTable* t = g.CurrentTable; t && t->InnerWindow == window) {
        n.table = t->ID;
        n.row = t->CurrentRow;
        n.column = t->CurrentColumn;
    }
    s.by_key[key] = s.nodes.size();
    s.nodes.push_back(std::move(n));
    return s.nodes.back();
}

bool focusable(const Node& n) {
    switch (n.role) {
        case Role::None: case Role::Text: case Role::Heading: case Role::ColumnHeader: return false;
        default: return !n.disabled;
    }
}

bool is_text_field(Role r) { return r == Role::TextInput || r == Role::Multiline; }

// The text drawn as the label of an unnamed widget at `bb`: the last text of its
// window, when it is on the same line before it or just above it.
std::string label_before(ImGuiWindow* w, const ImRect& bb) {
    auto it = s.last_text.find(w->ID);
    if (it == s.last_text.end()) return {};
    const ImRect& t = it->second.rect;
    const float line = GImGui->FontSize * 1.6f;
    const bool same_line = t.Min.y < bb.Max.y && t.Max.y > bb.Min.y && t.Max.x <= bb.Min.x + 2;
    const bool above = t.Max.y <= bb.Min.y + 2 && bb.Min.y - t.Max.y < line && t.Min.x < bb.Max.x && t.Max.x > bb.Min.x - line;
    return same_line || above ? it->second.text : std::string();
}

const Node* previous_node(uint32_t key) {
    auto it = s.previous_by_key.find(key);
    return it != s.previous_by_key.end() ? &s.previous[it->second] : nullptr;
}

// The widgets Tab moves through: those of the topmost popup when one is open,
// else every widget outside popups, in the order they were drawn.
std::vector<const Node*> ring() {
    std::vector<const Node*> out;
    ImGuiContext& g = *GImGui;
    ImGuiID popup = 0;
    if (!g.OpenPopupStack.empty())
        if (ImGuiWindow* w = g.OpenPopupStack.back().Window) popup = w->RootWindow->ID;
    for (const Node& n : s.previous) {
        if (!focusable(n)) continue;
        if (popup ? n.window == popup : !n.popup) out.push_back(&n);
    }
    return out;
}

nlohmann::json to_json(const Node& n) {
    int flags = (n.disabled ? 1 : 0) | (n.checked ? 2 : 0) | (n.expanded ? 4 : 0) | (n.selected ? 8 : 0) |
                (n.has_state ? 16 : 0) | (n.popup ? 32 : 0) | (n.secret ? 64 : 0);
    auto r = [](float v) { return std::round(v * 10.0f) / 10.0f; };
    return nlohmann::json::array({n.key, int(n.role), n.name, n.value, r(n.rect.x), r(n.rect.y), r(n.rect.z),
                                  r(n.rect.w), flags, n.table, n.row, n.column});
}

bool same(const Node& a, const Node& b) {
    return a.key == b.key && a.role == b.role && a.name == b.name && a.value == b.value && a.rect.x == b.rect.x &&
           a.rect.y == b.rect.y && a.rect.z == b.rect.z && a.rect.w == b.rect.w && a.disabled == b.disabled &&
           a.checked == b.checked && a.expanded == b.expanded && a.selected == b.selected &&
           a.has_state == b.has_state && a.popup == b.popup && a.secret == b.secret && a.table == b.table && a.row == b.row &&
           a.column == b.column;
}

}  // namespace

void set_enabled(bool enable) {
    on = enable;
    GImGui->TestEngineHookItems = enable;
    if (!enable) {
        s.nodes.clear();
        s.added.clear();
        s.by_key.clear();
    }
}
bool enabled() { return on; }

std::string name_of(const char* label) {
    if (!label) return {};
    const char* end = std::strstr(label, "##");
    std::string out = end ? std::string(label, end) : std::string(label);
    while (!out.empty() && (out.back() == ' ' || out.back() == ':')) out.pop_back();
    return out;
}

void request_focus(uint32_t key) { s.want_focus = key; }
void request_activate(uint32_t key) { s.want_activate = key; }
void request_value(uint32_t key, const std::string& value) {
    const Node* n = previous_node(key);
    if (!n) return;
    s.edit = Edit{key, n->id, value, 30};
}

bool value_pending() { return s.edit.has_value(); }

void begin_frame(int tab) {
    ImGuiContext& g = *GImGui;
    ImGuiIO& io = g.IO;
    s.custom_activated = 0;
    if (s.release_delete) {
        io.KeysDown[io.KeyMap[ImGuiKey_Delete]] = false;
        s.release_delete = false;
    }
    auto activate = [&](const Node& n) {
        if (g.ActiveId && g.ActiveId != n.id) ImGui::ClearActiveID();
        g.NavNextActivateId = n.id;
        g.NavNextActivateFlags = is_text_field(n.role) ? ImGuiActivateFlags_PreferInput : ImGuiActivateFlags_None;
    };
    if (tab != 0) {
        std::vector<const Node*> order = ring();
        if (!order.empty()) {
            int at = -1;
            for (size_t i = 0; i < order.size(); ++i)
                if (order[i]->id == g.NavId && g.NavId != 0) at = int(i);
            int next = at < 0 ? (tab > 0 ? 0 : int(order.size()) - 1)
                              : (at + tab + int(order.size())) % int(order.size());
            const Node& n = *order[size_t(next)];
            s.want_focus = n.key;
            if (g.ActiveId) ImGui::ClearActiveID();
            if (is_text_field(n.role)) activate(n);  // as ImGui's own tabbing, the field takes the typing
        }
    }
    if (s.want_activate) {
        if (const Node* n = previous_node(*s.want_activate)) {
            if (n->id == 0 || !focusable(*n)) {
            } else if (!ImGui::FindWindowByID(n->own_window)) {
            } else {
                activate(*n);
                s.custom_activated = n->id;  // custom items see it this frame through custom_activated()
                if (!s.want_focus) s.want_focus = n->key;
            }
        }
        s.want_activate.reset();
    }
    if (s.edit) {
        Edit& e = *s.edit;
        if (g.ActiveId == e.id && g.InputTextState.ID == e.id) {
            g.InputTextState.SelectAll();
            if (e.value.empty()) {
                io.KeysDown[io.KeyMap[ImGuiKey_Delete]] = true;
                s.release_delete = true;
            } else {
                io.AddInputCharactersUTF8(e.value.c_str());
            }
            s.edit.reset();
        } else if (--e.frames_left <= 0) {
            s.edit.reset();
        } else if (g.NavNextActivateId == 0 && g.ActiveId != e.id) {
            if (const Node* n = previous_node(e.key)) activate(*n);
        }
    }
}

void after_new_frame() {
    ImGuiContext& g = *GImGui;
    if (!s.want_focus) return;
    const uint32_t key = *s.want_focus;
    s.want_focus.reset();
    const Node* n = previous_node(key);
    if (!n || n->id == 0) return;
    ImGuiWindow* window = ImGui::FindWindowByID(n->own_window);
    if (!window) return;
    if (g.ActiveId && g.ActiveId != n->id && g.NavNextActivateId != n->id) ImGui::ClearActiveID();
    if (g.NavWindow != window) ImGui::FocusWindow(window);
    ImGui::SetFocusID(n->id, window);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    g.NavMousePosDirty = false;
    ImRect r(n->rect.x, n->rect.y, n->rect.x + n->rect.z, n->rect.y + n->rect.w);
    ImGui::ScrollToBringRectIntoView(window, r);
    if (window->ParentWindow && (window->Flags & ImGuiWindowFlags_ChildWindow))
        ImGui::ScrollToBringRectIntoView(window->ParentWindow, r);
}

// The next frame starts empty; this frame's nodes become the last frame's.
void next_frame() {
    s.previous.swap(s.nodes);
    s.previous_by_key.swap(s.by_key);
    s.nodes.clear();
    s.added.clear();
    s.by_key.clear();
    s.text_ordinal.clear();
    s.last_text.clear();
    s.early = {};
    s.hint = Hint{};
}

std::string end_frame(bool send) {
    ImGuiContext& g = *GImGui;
    if (!on) return {};
    if (!send) {
        // The last frame's nodes stay what the page has, until a frame is sent.
        if (s.sent_is_previous) {
            s.sent.swap(s.previous);
            s.sent_by_key.swap(s.previous_by_key);
            s.sent_is_previous = false;
        }
        next_frame();
        return {};
    }
    const std::vector<Node>& sent = s.sent_is_previous ? s.previous : s.sent;
    const auto& sent_by_key = s.sent_is_previous ? s.previous_by_key : s.sent_by_key;
    nlohmann::json out = nlohmann::json::object();
    // What changed since the last frame sent.
    nlohmann::json updates = nlohmann::json::array(), removed = nlohmann::json::array();
    std::vector<uint32_t> order;
    order.reserve(s.nodes.size());
    for (const Node& n : s.nodes) {
        order.push_back(n.key);
        auto was = sent_by_key.find(n.key);
        if (was == sent_by_key.end() || !same(sent[was->second], n)) updates.push_back(to_json(n));
    }
    for (const Node& n : sent)
        if (!s.by_key.count(n.key)) removed.push_back(n.key);
    if (!updates.empty()) out["u"] = std::move(updates);
    if (!removed.empty()) out["d"] = std::move(removed);
    if (order != s.sent_order) {
        out["o"] = order;
        s.sent_order = order;
    }
    // The keyboard focus, and the text field being edited.
    uint32_t focus = 0;
    if (g.NavId && s.by_key.count(g.NavId)) focus = g.NavId;
    if (g.NavId != s.sent_focus && focus) {
        out["f"] = focus;
        s.sent_focus = g.NavId;
    }
    uint32_t editing = 0;
    if (g.ActiveId && g.InputTextState.ID == g.ActiveId && s.by_key.count(g.ActiveId)) editing = g.ActiveId;
    if (editing != s.sent_editing) {
        out["e"] = editing;
        s.sent_editing = editing;
    }
    if (!s.announcements.empty()) {
        out["a"] = s.announcements;
        s.announcements.clear();
    }
    next_frame();
    if (!s.sent_is_previous) {
        s.sent.clear();
        s.sent_by_key.clear();
        s.sent_is_previous = true;
    }
    if (out.empty()) return {};
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

uint32_t focused_key() {
    const ImGuiID id = GImGui->NavId;
    if (!id) return 0;
    if (const Node* n = previous_node(id); n && n->id == id) return n->key;  // a node's key is its id unless ids clashed
    for (const Node& n : s.previous)
        if (n.id == id) return n.key;
    return 0;
}

const std::vector<Node>& nodes() { return s.previous; }

void next(Role role, bool checked, const char* value, const char* name, bool secret) {
    s.hint.role = role;
    s.hint.checked = checked;
    s.hint.secret = secret;
    s.hint.value = value ? std::optional<std::string>(value) : std::nullopt;
    s.hint.name = name ? std::optional<std::string>(name_of(name)) : std::nullopt;
}

void text(const char* text, const char* end) {
    if (!on) return;
    ImGuiContext& g = *GImGui;
    ImGuiWindow* w = g.CurrentWindow;
    if (!w || in_tooltip(w) || !text) return;
    const ImRect& bb = g.LastItemData.Rect;
    std::string t = end ? std::string(text, end) : std::string(text);
    if (t.empty()) return;
    Node& n = push(g, 0, bb, w, Role::Text);
    n.name = t;
    n.disabled = (g.CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    s.last_text[w->ID] = {std::move(t), bb};
}

void heading(const char* text) {
    if (!on) return;
    ImGuiContext& g = *GImGui;
    ImGuiWindow* w = g.CurrentWindow;
    if (!w || !text) return;
    Node& n = push(g, 0, g.LastItemData.Rect, w, Role::Heading);
    n.name = text;
}

void combo(ImGuiID id, const char* name, const char* value, bool open) {
    if (!on) return;
    ImGuiContext& g = *GImGui;
    auto it = s.added.find(id);
    if (it == s.added.end()) return;
    const Added a = it->second;
    Node& n = push(g, id, a.bb, a.window, Role::Combo);
    n.name = name_of(name);
    if (n.name.empty()) n.name = label_before(a.window, a.bb);
    n.value = value ? value : "";
    n.expanded = open;
    n.has_state = true;
    n.disabled = (a.flags & ImGuiItemFlags_Disabled) != 0;
    s.last_text.erase(a.window->ID);
}

void fallback(ImGuiID id, Role role, const char* label) {
    if (!on) return;
    Hint hint = std::move(s.hint);
    s.hint = Hint{};
    if (id == 0 || s.by_key.count(id)) return;  // described by ImGui's hook, or nothing to describe
    auto it = s.added.find(id);
    if (it == s.added.end()) return;
    ImGuiContext& g = *GImGui;
    const Added a = it->second;
    Node& n = push(g, id, a.bb, a.window, hint.role != Role::None ? hint.role : role);
    n.name = hint.name ? *hint.name : name_of(label);
    if (n.name.empty()) n.name = label_before(a.window, a.bb);
    s.last_text.erase(a.window->ID);
    n.disabled = (a.flags & ImGuiItemFlags_Disabled) != 0;
    if (n.role == Role::Checkbox || n.role == Role::Radio || n.role == Role::Option) {
        n.has_state = true;
        n.checked = n.selected = hint.checked;
    }
    if (hint.value) n.value = hint.secret ? std::string(hint.value->size(), '*') : *hint.value;
    n.secret = hint.secret;
}

void name_steps(ImGuiID field, ImGuiID minus, ImGuiID plus, int step) {
    if (!on) return;
    auto f = s.by_key.find(field);
    const std::string base = f != s.by_key.end() && !s.nodes[f->second].name.empty() ? s.nodes[f->second].name + " " : "";
    const std::string n = std::to_string(step);
    if (auto m = s.by_key.find(minus); m != s.by_key.end()) s.nodes[m->second].name = base + "\u2212" + n;
    if (auto p = s.by_key.find(plus); p != s.by_key.end()) s.nodes[p->second].name = base + "+" + n;
}

void announce(const std::string& text) {
    if (!text.empty()) s.announcements.push_back(text);
}

bool custom(ImGuiID id, const ImVec4& rect, Role role, const std::string& name, bool selected) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* w = g.CurrentWindow;
    ImRect bb(rect.x, rect.y, rect.x + rect.z, rect.y + rect.w);
    // An item for ImGui too: the arrow keys reach it and it can hold the keyboard focus.
    // The drawing code's own last item (the surface under it) stays the last item.
    if (!w) return false;
    const ImGuiLastItemData last = g.LastItemData;
    const bool shown = ImGui::ItemAdd(bb, id);
    g.LastItemData = last;
    if (!shown) return false;
    if (!on) return g.NavActivateId == id;
    Node& n = push(g, id, bb, w, role);
    n.name = name;
    n.selected = selected;
    n.has_state = selected;
    s.last_text.erase(w->ID);
    ImGui::RenderNavHighlight(bb, id);
    return s.custom_activated == id || g.NavActivateId == id;
}

// [SECTION] Dear ImGui's item hooks -------------------------------------------
namespace detail {

void item_info(ImGuiContext& g, ImGuiID id, const char* label, ImGuiItemStatusFlags flags);

void item_add(ImGuiContext& g, const ImRect& bb, ImGuiID id) {
    ImGuiWindow* w = g.CurrentWindow;
    if (!w || in_tooltip(w)) return;
    Added a;
    a.bb = bb;
    a.window = w;
    a.flags = g.LastItemData.InFlags;
    s.added[id] = a;
    // A table's header cell (TableHeadersRow): named after its column.
    if (ImGuiTable* t = g.CurrentTable;
        t && t->InnerWindow == w && (t->RowFlags & ImGuiTableRowFlags_Headers) && bb.Overlaps(w->ClipRect)) {
        const char* name = ImGui::TableGetColumnName(t->CurrentColumn);
        if (name && *name && !s.by_key.count(id)) {
            Node& n = push(g, id, bb, w, Role::ColumnHeader);
            n.name = name_of(name);
        }
    }
    if (s.early.id == id) {
        const State::Info early = std::move(s.early);
        s.early = {};
        item_info(g, id, early.label.c_str(), early.flags);
    }
}

void item_info(ImGuiContext& g, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    auto it = s.added.find(id);
    if (it == s.added.end()) {
        s.early = {id, label ? label : "", flags};
        return;
    }
    const Added a = it->second;
    Hint hint = std::move(s.hint);
    s.hint = Hint{};
    Role role = hint.role;
    if (role == Role::None) {
        ImGuiTabBar* bar = g.CurrentTabBar;
        if (bar && ImGui::TabBarFindTabByID(bar, id)) role = Role::Tab;
        else if (flags & ImGuiItemStatusFlags_Openable) role = Role::Disclosure;
        else if (flags & ImGuiItemStatusFlags_Checkable) role = Role::Checkbox;
        else if (a.flags & ImGuiItemFlags_Inputable) role = Role::TextInput;
        else role = Role::Button;
    }
    if (s.by_key.count(id)) return;  // described already (an inner part of a widget)
    Node& n = push(g, id, a.bb, a.window, role);
    n.name = hint.name ? *hint.name : name_of(label);
    // A field drawn as "Label [field]" or with its label above: the text before it.
    if (n.name.empty()) n.name = label_before(a.window, a.bb);
    s.last_text.erase(a.window->ID);
    n.disabled = (a.flags & ImGuiItemFlags_Disabled) != 0;
    switch (role) {
        case Role::Tab:
            n.has_state = true;
            if (ImGuiTabBar* bar = g.CurrentTabBar) n.selected = bar->SelectedTabId == id || bar->VisibleTabId == id;
            break;
        case Role::Disclosure:
            n.has_state = true;
            n.expanded = (flags & ImGuiItemStatusFlags_Opened) != 0;
            break;
        case Role::Checkbox:
            n.has_state = true;
            n.checked = hint.role == Role::Checkbox ? hint.checked : (flags & ImGuiItemStatusFlags_Checked) != 0;
            break;
        case Role::Radio:
        case Role::Option:
            n.has_state = true;
            n.checked = n.selected = hint.checked;
            break;
        default: break;
    }
    if (is_text_field(role)) {
        n.secret = hint.secret;
        if (g.ActiveId == id && g.InputTextState.ID == id && g.InputTextState.TextAIsValid)
            n.value = g.InputTextState.TextA.Data ? g.InputTextState.TextA.Data : "";
        else if (hint.value)
            n.value = *hint.value;
        if (hint.secret) n.value = std::string(n.value.size(), '*');
    } else if (hint.value) {
        n.value = *hint.value;
    }
}

}  // namespace detail

}  // namespace bpa::ui::a11y

// Dear ImGui calls these for every item when IMGUI_ENABLE_TEST_ENGINE is
// defined and GImGui->TestEngineHookItems is set (main.cpp sets it).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    bpa::ui::a11y::detail::item_add(*ctx, bb, id);
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    bpa::ui::a11y::detail::item_info(*ctx, id, label, flags);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
