"""ensemble_instruct"""
