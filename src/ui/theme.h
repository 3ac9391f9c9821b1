// Colours, sizes and fonts. Sizes follow the text scale (100-200 %); fonts are
// rasterised at the device pixel ratio so that text stays crisp.
#pragma once

namespace bpa::ui {

inline constexpr float base_font_px = 18.0f;

void apply_theme(bool high_contrast, float text_scale);
// Rebuilds the font atlas when the text scale or the pixel ratio changed.
// Returns true if it rebuilt (the renderer's font texture must be recreated).
bool update_fonts(float text_scale, float pixel_ratio);

}  // namespace bpa::ui
