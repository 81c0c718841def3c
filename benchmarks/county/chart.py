"""The curve: p95 latency against workstations, one line per operation, a panel per engine.

Drawn from the gathered JSON, so the figure holds every engine and size measured into it.
Line colours are the operations, line styles the database sizes (solid for the largest);
the targets are dotted lines in the operation's colour.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.county.results import TARGETS, TITLES

ENGINES = (("postgresql", "PostgreSQL"), ("sqlite", "SQLite (processes on one file)"))
STYLES = ("-", "--", ":", "-.")
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")


def draw(document: dict[str, Any], path: Path) -> None:
    """Write the figure as a PNG (about 1,100 pixels wide, for the README)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    runs = document.get("runs", [])
    engines = [(key, title) for key, title in ENGINES if any(r["engine"] == key for r in runs)]
    if not engines:
        raise ValueError("No runs to draw.")
    figure, axes = plt.subplots(1, len(engines), figsize=(11, 5.2), dpi=100, sharey=True,
                                squeeze=False)
    sizes = sorted({run["clients"] for run in runs}, reverse=True)
    colour = dict(zip(TITLES, COLOURS, strict=True))
    for panel, (engine, title) in zip(axes[0], engines, strict=True):
        mine = [run for run in runs if run["engine"] == engine]
        for size_index, clients in enumerate(sizes):
            at_size = sorted((run for run in mine if run["clients"] == clients),
                             key=lambda run: run["workstations"])
            if not at_size:
                continue
            for key in TITLES:
                points = [(run["workstations"], run["operations"][key]["p95_ms"])
                          for run in at_size if run["operations"][key]["p95_ms"] is not None]
                if points:
                    panel.plot(*zip(*points, strict=True), STYLES[size_index % len(STYLES)],
                               marker="o", markersize=4, color=colour[key], linewidth=1.6)
        for key, target in TARGETS.items():
            if key in ("search", "dashboard", "save_transition"):  # the saves share 100 ms
                panel.axhline(target.p95_ms, color=colour[key], linestyle=(0, (1, 3)),
                              linewidth=1)
        counts = sorted({run["workstations"] for run in mine})
        panel.set_xscale("log")
        panel.set_xticks(counts, [str(count) for count in counts])
        panel.minorticks_off()
        panel.set_yscale("log")
        panel.set_title(title, fontsize=11)
        panel.set_xlabel("workstations (separate processes)")
        panel.grid(True, which="major", alpha=0.3)
    axes[0][0].set_ylabel("p95 latency, ms (log scale)")
    handles = [Line2D([], [], color=colour[key], marker="o", markersize=4, label=key)
               for key in TITLES]
    handles += [Line2D([], [], color="grey", linestyle=STYLES[i % len(STYLES)],
                       label=f"{clients:,} clients") for i, clients in enumerate(sizes)]
    handles.append(Line2D([], [], color="grey", linestyle=(0, (1, 3)),
                          label="target (saves share 100 ms)"))
    figure.legend(handles=handles, loc="lower center", ncol=5, fontsize=8.5, frameon=False)
    machine = document.get("machine", {})
    figure.suptitle("Coordinator: p95 latency per operation against simultaneous "
                    "workstations\n"
                    f"{machine.get('cores', '?')} cores ({machine.get('cpu', '')}), "
                    f"{machine.get('memory_gb', '?')} GB; {document.get('generated_at', '')[:10]}",
                    fontsize=10)
    figure.tight_layout(rect=(0, 0.1, 1, 0.98))
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    plt.close(figure)
