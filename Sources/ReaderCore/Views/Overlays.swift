import ArticleKit

/// The speaker picker, drawn over everything else (the help screen is `HelpScreen`).
enum Overlays {
    /// The speaker picker: a filter line and the speakers with their quote counts.
    static func drawPicker(_ grid: inout Grid, _ state: ReaderState, _ picker: SpeakerPicker) {
        let theme = state.theme
        let layout = state.layout
        let choices = state.speakerChoices(picker.filter)
        Frame.draw(&grid, layout.picker, title: "Speakers (type to filter, Enter picks)", focused: true,
                   theme: theme, borderRole: .overlayBorder)
        let filter = layout.pickerFilter
        guard !filter.isEmpty, !layout.pickerList.isEmpty else { return }
        let x = grid.put(" › " + VisibleText.make(picker.filter), x: filter.x, y: filter.y, style: theme.style(.listHeader), clip: filter)
        grid.put("█", x: x, y: filter.y, style: .plain, clip: filter)
        let rows = choices.map { choice in
            ListView.Row(left: VisibleText.make(choice.name), right: String(choice.count),
                         style: theme.speakerStyle(choice.name == "(no speaker)" ? -1 : choice.group))
        }
        ListView.draw(&grid, layout.pickerList, rows: rows, cursor: picker.cursor, selectable: true, focused: true, theme: theme)
    }
}
