/// Makes the random id that names this database's device in state clocks.
enum DeviceID {
    /// 16 random lowercase hexadecimal digits.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
