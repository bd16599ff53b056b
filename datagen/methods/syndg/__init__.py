"""syndg"""
