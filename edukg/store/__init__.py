"""Graph stores: embedded FalkorDB (default) and Neo4j, behind one interface."""
