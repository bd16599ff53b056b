"""The five methods' stages, one module family per paper (self_instruct, ensemble_*, explore_*,
domain_tree, syndg_*, instag_*)."""
