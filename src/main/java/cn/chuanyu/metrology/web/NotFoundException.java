package cn.chuanyu.metrology.web;

/** A record that does not exist, or that the caller may not see: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
