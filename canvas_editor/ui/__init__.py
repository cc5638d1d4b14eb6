"""Windows, menus, dialogs and settings of the editor (Qt widgets)."""
