"""instag"""
