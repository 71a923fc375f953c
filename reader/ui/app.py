"""`ReaderApp`: the thin shell that shows an article, or the library of several.

It is handed its data: a parsed Article (perhaps a parse of the head of a long
text, with `full_text` to parse the rest), or a `Library` and an
`ArticleOpener` for a folder, and a `Store`. Screens ask it to open an article
with an `OpenRequested` message; the file is read and parsed in a worker
thread, never on the UI thread, and the reading screen is pushed when it is
ready. Several files on the command line open the first, and `:n` / `:p`
(`ArticleStepRequested`) open the others in its place, through the same opener.
Keys on a reading screen are handed to its `KeyRouter` the moment they arrive
(`on_event`), so a burst of keys is handled in order (see `router.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input

from reader.core.model import Article
from reader.store.settings import Settings
from reader.store.state import Store
from reader.ui.messages import ArticleOpened, ArticleStepRequested, CompareRequested, CopyRequested, OpenRequested
from reader.ui.screens.help import key_label
from reader.ui.screens.reader.bindings import FALLBACK
from reader.ui.screens.reader.router import type_now
from reader.ui.screens.reader.screen import IndexFactory, ReaderScreen
from reader.ui.stylesheets import stylesheets

if TYPE_CHECKING:
    from reader.core.diff import ArticleDiff
    from reader.core.entities.engine import EntityEngine
    from reader.store.clipboard import Copied
    from reader.ui.services import ArticleOpener, Clipboard, Library


class ReaderApp(App[None]):
    """Read one article (`article`) or browse several (`library`)."""

    CSS_PATH = stylesheets()
    TITLE = "reader"
    BINDINGS = [Binding("ctrl+p", "command_palette", "Commands", show=False)]

    def __init__(
        self,
        article: Article | None,
        *,
        library: Library | None = None,
        open_article: ArticleOpener | None = None,
        store: Store | None = None,
        top: bool = False,
        engine: EntityEngine | None = None,
        index_factory: IndexFactory | None = None,
        full_text: str | None = None,
        pending: Callable[[], Article] | None = None,
        pending_name: str | None = None,
        clipboard: Clipboard | None = None,
        settings: Settings | None = None,
        screenshot_dir: Path | None = None,
        files: list[Path] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        """The choices kept across launches (the theme); the CLI hands in the file-backed ones."""
        self.screenshot_dir = screenshot_dir or Path(".")
        """Where "Screenshot" (command palette) saves: a folder that exists or can be made."""
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.article = article
        self.pending = pending
        """Makes the article in a worker thread (a web page to extract); a "reading page…" screen shows meanwhile."""
        self.pending_name = pending_name
        self.full_text = full_text
        """The whole text when `article` is a parse of its head (long inputs)."""
        self.library = library
        self.open_article = open_article
        self.store = store or Store()
        self.top = top
        self.engine = engine
        self.index_factory = index_factory
        self.copier = clipboard
        """Where `y` copies (`App.clipboard` is Textual's last copied text); None: OSC 52 only."""
        self.files = files or []
        """The files given on the command line, `article` being the first: `:n` / `:p` step through them."""
        self.file_index = 0

    async def on_event(self, event: events.Event) -> None:
        """A key is handled as it arrives, not after a trip through the widget queues (see `router.py`).

        On a reading screen every key goes to its `KeyRouter`; on any other screen
        a key for a text field is typed (or its binding run) at once. Anything
        else, and a maximized widget's Esc, takes Textual's usual path.
        """
        screen = self.screen if isinstance(event, events.Key) and not event.is_forwarded else None
        if isinstance(event, events.Key) and screen is not None and screen.maximized is None:
            self.app_focus = True  # as Textual does for a key
            if await self._check_bindings(event.key, priority=True):
                return
            if isinstance(screen, ReaderScreen) and await screen.router.route(event):
                return
            if isinstance(screen.focused, Input) and await type_now(screen.focused, event):
                return  # a text field on another screen (the library's): in order too
        await super().on_event(event)

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, lambda theme: self.settings.set_theme(theme.name))
        for notice in self.settings.notices:
            self.notify(notice, severity="warning", title="Settings", markup=False)
        self.settings.notices.clear()
        if self.article is None and self.pending is not None:
            from reader.ui.screens.loading import LoadingScreen

            self.push_screen(LoadingScreen(self.pending_name))
            self.run_worker(self._prepare, thread=True, exclusive=True, group="prepare")
        elif self.article is not None:
            self.push_screen(self._reader(self.article, full_text=self.full_text))
        elif self.library is not None:
            # Imported late: the library screens are only needed for folders.
            from reader.ui.screens.library.screen import LibraryScreen

            self.push_screen(LibraryScreen(self.library))

    def _prepare(self) -> None:
        """Worker thread: make the pending article, then show it (or the reason it failed) on the UI thread."""
        assert self.pending is not None
        try:
            article = self.pending()
        except Exception as exc:  # a bad page must be reported, never crash the app
            self.call_from_thread(self._pending_failed, str(exc) or type(exc).__name__)
            return
        self.call_from_thread(self._pending_ready, article)

    def _pending_ready(self, article: Article) -> None:
        self.article = article
        self.switch_screen(self._reader(article))

    def _pending_failed(self, message: str) -> None:
        from reader.ui.screens.loading import LoadingScreen

        if isinstance(self.screen, LoadingScreen):
            self.screen.failed(message)

    def _reader(
        self,
        article: Article,
        *,
        nested: bool = False,
        jump: tuple[str, tuple[int, int] | None] | None = None,
        full_text: str | None = None,
    ) -> ReaderScreen:
        return ReaderScreen(
            article,
            store=self.store,
            top=self.top,
            engine=self.engine,
            index_factory=self.index_factory,
            nested=nested,
            jump=jump,
            full_text=full_text,
        )

    @on(OpenRequested)
    def _open_requested(self, message: OpenRequested) -> None:
        if self.open_article is None:
            self.notify("opening articles is not available here", severity="error")
            return
        self.notify(f"opening {message.path.name}…", timeout=1.5, markup=False)
        self._open(message)

    @work(thread=True, exclusive=True, group="open")
    def _open(self, request: OpenRequested) -> None:
        """Read and parse in a thread: a large file must not freeze the library screen."""
        assert self.open_article is not None
        try:
            article = self.open_article(request.path)
        except Exception as exc:  # a file that cannot be read is a notice, never a crash
            self.call_from_thread(self.notify, str(exc), severity="error", title="Cannot open", markup=False)
            return
        self.post_message(ArticleOpened(article, request))

    @on(ArticleOpened)
    def _opened(self, message: ArticleOpened) -> None:
        request = message.request
        jump = (request.block, request.span) if request.block else None
        if request.replace:
            self.file_index = self.files.index(request.path) if request.path in self.files else self.file_index
            self.switch_screen(self._reader(message.article, jump=jump))
        else:
            self.push_screen(self._reader(message.article, nested=True, jump=jump))

    @on(ArticleStepRequested)
    def _step_requested(self, message: ArticleStepRequested) -> None:
        if len(self.files) < 2 or self.open_article is None:
            self.notify("only one article is open (give several files: reader a.txt b.txt)", timeout=3)
            return
        target = self.file_index + message.step
        if not 0 <= target < len(self.files):
            self.notify("this is the last article" if message.step > 0 else "this is the first article", timeout=2)
            return
        path = self.files[target]
        self.notify(f"opening {path.name} ({target + 1} of {len(self.files)})…", timeout=1.5, markup=False)
        self._open(OpenRequested(path, replace=True))

    @on(CopyRequested)
    def _copy_requested(self, message: CopyRequested) -> None:
        if self.copier is None:
            self.copy_to_clipboard(message.text)
            self.notify("sent to the terminal clipboard (OSC 52)", timeout=3)
            return
        self._copy(message.text)

    @work(thread=True, group="copy")
    def _copy(self, text: str) -> None:
        """Copy in a thread: a copy command may take a moment (it has a timeout)."""
        assert self.copier is not None
        try:
            copied = self.copier.copy(text)
        except Exception as exc:  # a broken clipboard is a notice, never a crash
            self.call_from_thread(self.notify, f"could not copy: {exc}", severity="error", markup=False)
            return
        self.call_from_thread(self._copied, text, copied)

    def _copied(self, text: str, copied: Copied) -> None:
        if copied.terminal:
            self.copy_to_clipboard(text)
        timeout = 3 if copied.severity == "information" else 12
        self.notify(copied.message, severity=copied.severity, timeout=timeout, markup=False)

    @on(CompareRequested)
    def _compare_requested(self, message: CompareRequested) -> None:
        if self.open_article is not None:
            self._compare(message.paths, message.path)

    @work(thread=True, exclusive=True, group="compare-versions")
    def _compare(self, paths: list[Path], path: Path) -> None:
        """Read, analyse and compare in a thread; the compare view is pushed when done."""
        from reader.ui.compare_versions import compare_newest

        assert self.open_article is not None

        def notify(text: str) -> None:
            self.call_from_thread(self.notify, text, severity="warning", markup=False)

        found = compare_newest(self.open_article, paths, path, engine=self.engine, notify=notify)
        if found is not None:
            self.call_from_thread(self._show_compare, *found)

    def _show_compare(self, old: Article, new: Article, diff: ArticleDiff) -> None:
        from reader.ui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(old, new, diff, store=self.store, nested=True))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for name in sorted(self.available_themes):
            yield SystemCommand(f"Theme: {name}", "Switch to this colour theme", partial(setattr, self, "theme", name))
        if isinstance(screen, ReaderScreen):
            for binding in screen.BINDINGS:
                if isinstance(binding, Binding) and binding.description and not binding.action.startswith(FALLBACK):
                    keys = binding.key_display or key_label(binding.key)
                    yield SystemCommand(binding.description, f"key: {keys}", partial(screen.run_action, binding.action))

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Save into `screenshot_dir` (made if missing), not ~/Downloads, which may not exist."""
        folder = Path(path) if path else self.screenshot_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._screenshot_failed(folder, exc)
            return None
        return super().deliver_screenshot(filename, str(folder), time_format)

    def _screenshot_failed(self, folder: Path, exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self.notify(f"could not save the screenshot in {folder}: {reason}", title="Screenshot", severity="error")

    @on(events.DeliveryComplete)
    def _screenshot_saved(self, event: events.DeliveryComplete) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            self.notify(f"saved to {event.path}", title="Screenshot", markup=False)

    @on(events.DeliveryFailed)
    def _screenshot_not_saved(self, event: events.DeliveryFailed) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            self._screenshot_failed(self.screenshot_dir, event.exception)

    async def action_quit(self) -> None:
        """Quit, saving the place in every open article first."""
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.save_state()
        self.exit()
