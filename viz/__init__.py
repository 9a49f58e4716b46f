"""Interactive pictures of the graph: views of it (subgraph), offline HTML pages (render), screenshots,
and how nodes read to people (captions)."""
