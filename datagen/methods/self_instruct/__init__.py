"""self_instruct"""
