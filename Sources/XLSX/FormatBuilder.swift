import CXlsxWriter

/// Applies a whole `CellStyle` to a fresh libxlsxwriter format in one go.
enum FormatBuilder {
    /// `differential` formats are conditional-format dxfs, where Excel and LibreOffice take a solid fill's
    /// colour from bgColor: a fill given as fgColor there shows black in LibreOffice.
    static func configure(_ format: UnsafeMutablePointer<lxw_format>, as style: CellStyle, differential: Bool = false) {
        if let name = style.fontName { format_set_font_name(format, name) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if let underline = style.lxwUnderline { format_set_underline(format, underline) }
        if let color = style.fontColor { format_set_font_color(format, color.lxw) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            if differential { format_set_bg_color(format, fill.lxw) } else { format_set_fg_color(format, fill.lxw) }
        }
        // format_set_align takes horizontal and vertical values in separate calls.
        if let horizontal = style.lxwHorizontal { format_set_align(format, horizontal) }
        if let vertical = style.lxwVertical { format_set_align(format, vertical) }
        if style.wrap { format_set_text_wrap(format) }
        if style.indent > 0 { format_set_indent(format, UInt8(style.indent)) }
        if style.shrinkToFit { format_set_shrink(format) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        let border = style.border
        if border.top != .none { format_set_top(format, border.top.lxw) }
        if border.bottom != .none { format_set_bottom(format, border.bottom.lxw) }
        if border.left != .none { format_set_left(format, border.left.lxw) }
        if border.right != .none { format_set_right(format, border.right.lxw) }
        if let color = border.color { format_set_border_color(format, color.lxw) }
        if !style.locked { format_set_unlocked(format) }
    }
}
