"""The command line: parse once, build the invocation, wire, exit codes.
"""
