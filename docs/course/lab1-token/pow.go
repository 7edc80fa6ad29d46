package main

var x = 2 ** 10
var y = x * *&x
