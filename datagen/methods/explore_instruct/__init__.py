"""explore_instruct"""
